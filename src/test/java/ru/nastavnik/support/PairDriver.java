package ru.nastavnik.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives the pairs of one programme (told apart by its business key) as their people do in Tasklist: consents,
 * the five kinds of meetings, feedback. The clock moves to each meeting's evening, since a meeting is recorded once held.
 * The entry and exit questionnaires go out before a task is looked up, as the job executor would send them.
 */
public final class PairDriver {

    private final ProcessEngine engine;
    private final String businessKey;

    public PairDriver(ProcessEngine engine, String businessKey) {
        this.engine = engine;
        this.businessKey = businessKey;
    }

    public List<Task> tasks(String taskKey) {
        QuestionnaireJobs.sendFor(engine, businessKey);
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list();
    }

    public List<Task> tasksOf(ProcessInstance pair, String taskKey) {
        QuestionnaireJobs.sendIn(engine, pair.getId());
        return engine.getTaskService().createTaskQuery().processInstanceId(pair.getId()).taskDefinitionKey(taskKey).list();
    }

    public Task taskOf(ProcessInstance pair, String taskKey) {
        List<Task> tasks = tasksOf(pair, taskKey);
        assertThat(tasks).as("open task " + taskKey).hasSize(1);
        return tasks.get(0);
    }

    /** Everyone asked agrees. */
    public void consentAll() {
        for (String key : List.of("Task_MentorConsent", "Task_MenteeConsent")) {
            for (Task task : tasks(key)) {
                engine.getFormService().submitTaskForm(task.getId(), new HashMap<>(Map.of("consentDecision", "agree")));
            }
        }
        settle();
    }

    /**
     * Runs what the job executor would run next: the continuations after a mentee's step and the joins after the
     * parallel steps, which run as jobs of their own so that two people completing at once never collide.
     */
    public void settle() {
        boolean ran = true;
        while (ran) {
            ran = false;
            for (var job : engine.getManagementService().createJobQuery().messages().list()) {
                String activity = engine.getManagementService().createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
                if ((activity.startsWith("Task_") || activity.startsWith("SubProcess_Mentee") || activity.startsWith("Gateway_")) && isOurs(job.getProcessInstanceId())) {
                    engine.getManagementService().executeJob(job.getId());
                    ran = true;
                }
            }
        }
    }

    private boolean isOurs(String processInstanceId) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance != null && businessKey.equals(instance.getBusinessKey());
    }

    public List<ProcessInstance> pairs() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("MentoringPair")
                .processInstanceBusinessKey(businessKey).list();
    }

    public void at(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
    }

    /** Records the meeting of that task, held on that day; extra fields (next date, programme) as the form has them. */
    public void meeting(ProcessInstance pair, String taskKey, LocalDate day, Map<String, Object> extra) {
        at(day.atTime(18, 0));
        Map<String, Object> values = new HashMap<>(Map.of("meetingDate", day.toString(), "meetingFormat", "in_person",
                "meetingTopic", "Тема встречи " + day, "meetingOutcome", "Договорились о следующих шагах"));
        values.putAll(extra);
        engine.getFormService().submitTaskForm(taskOf(pair, taskKey).getId(), values);
    }

    public static Map<String, Object> planning(LocalDate firstJointMeeting) {
        return new HashMap<>(Map.of("programmeGoal", "Освоить формирующее оценивание", "programmeTasks", "Посетить уроки наставника",
                "plannedResults", "Открытый урок", "calendarPlan", "Раз в две недели", "learningDeficits", "Оценивание",
                "learningActivities", "Курс повышения квалификации", "nextMeetingDate", firstJointMeeting.toString()));
    }

    public static Map<String, Object> joint(LocalDate next, boolean last) {
        return new HashMap<>(Map.of("nextMeetingDate", next.toString(), "jointWorkDone", last));
    }

    /** Every open feedback of the pair, given. */
    public void feedback(ProcessInstance pair, int rating) {
        for (String key : List.of("Task_MentorFeedback", "Task_MenteeFeedback")) {
            for (Task task : tasksOf(pair, key)) {
                engine.getFormService().submitTaskForm(task.getId(), new HashMap<>(Map.of("feedbackRating", String.valueOf(rating),
                        "feedbackComment", "Полезно")));
            }
        }
        settle();
    }

    /** From the order to the curator's summary: the five kinds of meetings, one joint-work meeting with feedback. */
    public void meetAll(ProcessInstance pair, LocalDate from) {
        meeting(pair, "Task_AcquaintanceMeeting", from, Map.of());
        meeting(pair, "Task_TrialMeeting", from.plusDays(7), Map.of());
        meeting(pair, "Task_PlanningMeeting", from.plusDays(14), planning(from.plusDays(28)));
        meeting(pair, "Task_JointMeeting", from.plusDays(28), joint(from.plusDays(42), true));
        feedback(pair, 5);
        meeting(pair, "Task_FinalMeeting", from.plusDays(42), Map.of());
    }
}
