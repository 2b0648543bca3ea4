package ru.nastavnik.pair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.RussianDates;
import ru.nastavnik.notify.Mail;
import ru.nastavnik.notify.Mailer;
import ru.nastavnik.school.InstanceSchool;

/**
 * Reminds the people of a pair by mail, with a link straight to their task (input {@code reminder}):
 * MEETING_SOON — the mentor, the day before a planned meeting (not for a date already past); FEEDBACK_OVERDUE — each
 * participant whose feedback on the last meeting is still open; TERM_ENDED — the mentor and the curator, when the term
 * has run out. Runs as a retried job; each
 * message has a key of its own, so a retry never sends twice.
 */
@Component("remindPairDelegate")
class RemindPairDelegate implements JavaDelegate {

    enum Reminder { MEETING_SOON, FEEDBACK_OVERDUE, TERM_ENDED }

    private static final Logger log = LoggerFactory.getLogger(RemindPairDelegate.class);
    private static final List<String> MEETING_TASKS = List.of("Task_JointMeeting", "Task_FinalMeeting",
            "Task_AcquaintanceMeeting", "Task_TrialMeeting", "Task_PlanningMeeting");
    private static final List<String> FEEDBACK_TASKS = List.of("Task_MentorFeedback", "Task_MenteeFeedback");

    private final TaskService tasks;
    private final PairPeople people;
    private final Mailer mailer;
    private final Clock clock;

    RemindPairDelegate(TaskService tasks, PairPeople people, Mailer mailer, Clock clock) {
        this.tasks = tasks;
        this.people = people;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Reminder reminder = Reminder.valueOf((String) execution.getVariable("reminder"));
        Pair pair = Pair.of(execution.getVariable(PairVariables.PAIR));
        String instance = execution.getProcessInstanceId();
        String schoolId = InstanceSchool.of(execution);
        int sent = 0;
        switch (reminder) {
            case MEETING_SOON -> {
                String planned = (String) execution.getVariable(PairVariables.PLANNED_MEETING);
                if (LocalDate.parse(planned).isBefore(LocalDate.now(clock))) {
                    log.info("Pair {}: the planned meeting is past, no reminder", pair.pairId());
                    return;
                }
                Optional<Task> task = openTasks(instance, MEETING_TASKS).stream().findFirst();
                sent += send(reminder, "meeting-soon:" + instance + ":" + planned, people.mentorEmail(schoolId, pair.mentorId()),
                        pair.mentorName(), "Напоминание: встреча наставника и наставляемого " + RussianDates.format(LocalDate.parse(planned)),
                        pair, LocalDate.parse(planned), task, execution);
            }
            case FEEDBACK_OVERDUE -> {
                LocalDate held = LocalDate.parse((String) execution.getVariable(PairVariables.LAST_MEETING_DATE));
                for (Task task : openTasks(instance, FEEDBACK_TASKS)) {
                    boolean mentor = "Task_MentorFeedback".equals(task.getTaskDefinitionKey());
                    String menteeId = mentor ? null : (String) tasks.getVariable(task.getId(), PairVariables.MENTEE_ID);
                    sent += send(reminder, "feedback-overdue:" + task.getId(),
                            mentor ? people.mentorEmail(schoolId, pair.mentorId()) : people.menteeEmail(schoolId, menteeId),
                            mentor ? pair.mentorName() : pair.menteeNames().get(pair.menteeIds().indexOf(menteeId)),
                            "Нужна ваша обратная связь о встрече " + RussianDates.format(held), pair, held, Optional.of(task), execution);
                }
            }
            case TERM_ENDED -> {
                Optional<Task> open = openTasks(instance, MEETING_TASKS).stream().findFirst();
                sent += send(reminder, "term-ended:" + instance + ":" + pair.endDate(), people.mentorEmail(schoolId, pair.mentorId()),
                        pair.mentorName(), "Срок наставничества истёк", pair, pair.endDate(), open, execution);
                Optional<User> curator = people.user((String) execution.getVariable("curator"));
                sent += send(reminder, "term-ended:" + instance + ":" + pair.endDate() + ":curator",
                        curator.map(User::getEmail), curator.map(User::getFirstName).orElse("коллега"),
                        "Срок наставничества истёк: " + pair.title(), pair, pair.endDate(), Optional.empty(), execution);
            }
        }
        log.info("Pair {}: {} reminder(s) {} sent", pair.pairId(), sent, reminder);
    }

    private List<Task> openTasks(String instance, List<String> keys) {
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKeyIn(keys.toArray(String[]::new)).list();
    }

    private int send(Reminder reminder, String key, Optional<String> to, String name, String subject, Pair pair, LocalDate date,
                     Optional<Task> task, DelegateExecution execution) {
        if (to.isEmpty() || to.get().isBlank()) {
            return 0;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("reminder", reminder.name());
        model.put("toMentee", task.map(t -> "Task_MenteeFeedback".equals(t.getTaskDefinitionKey())).orElse(false));
        model.put("subject", subject);
        model.put("name", name);
        model.put("pairTitle", pair.title());
        model.put("date", RussianDates.format(date));
        model.put("taskId", task.map(Task::getId).orElse(null));
        model.put("taskName", task.map(Task::getName).orElse(""));
        model.put("schoolName", String.valueOf(execution.getVariable("schoolName")));
        return mailer.send(new Mail(key, to.get(), subject, "pair-reminder", model).of(InstanceSchool.of(execution))) ? 1 : 0;
    }
}
