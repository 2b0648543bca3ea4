package ru.nastavnik.programme;

import ru.nastavnik.common.RussianDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.identity.Role;
import ru.nastavnik.notify.Mail;
import ru.nastavnik.notify.Mailer;
import ru.nastavnik.programme.ProgrammeCalendar.Deadline;

/**
 * A stage's deadline has passed: writes to the people responsible for it (input {@code responsible}: a group;
 * for the curator group, the appointed curator only), or, as an escalation, to the director.
 * Inputs: {@code deadline} (a {@link Deadline} name), {@code responsible}, {@code escalation} (true/false).
 */
@Component("remindOfDeadlineDelegate")
class RemindOfDeadlineDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RemindOfDeadlineDelegate.class);

    private final IdentityService identity;
    private final Mailer mailer;
    private final ProgrammeCalendar calendar;

    RemindOfDeadlineDelegate(IdentityService identity, Mailer mailer, ProgrammeCalendar calendar) {
        this.identity = identity;
        this.mailer = mailer;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline deadline = Deadline.valueOf((String) execution.getVariable("deadline"));
        boolean escalation = Boolean.parseBoolean(String.valueOf(execution.getVariable("escalation")));
        String responsible = escalation ? Role.DIRECTOR.groupId() : (String) execution.getVariable("responsible");
        LocalDate due = calendar.deadline(new FormValues(execution), deadline);
        String stage = DeadlineTitles.of(deadline);
        String subject = (escalation ? "Эскалация: просрочен этап «" : "Истёк срок: ") + stage + (escalation ? "»" : "");
        int sent = 0;
        for (User person : recipients(execution, responsible)) {
            if (person.getEmail() == null || person.getEmail().isBlank()) {
                continue;
            }
            String key = "deadline:" + execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + person.getId();
            Map<String, Object> model = Map.of(
                    "name", String.valueOf(person.getFirstName()),
                    "stage", stage,
                    "stageNumber", deadline.ordinal() + 1,
                    "due", RussianDates.format(due),
                    "escalation", escalation,
                    "schoolName", String.valueOf(execution.getVariable(ProgrammeVariables.SCHOOL_NAME)));
            if (mailer.send(new Mail(key, person.getEmail(), subject, "deadline-reminder", model))) {
                sent++;
            }
        }
        log.info("Deadline {} of programme {}: {} sent to {} people", deadline, execution.getProcessInstanceId(),
                escalation ? "escalation" : "reminder", sent);
    }

    private List<User> recipients(DelegateExecution execution, String group) {
        Object curator = execution.getVariable(ProgrammeVariables.CURATOR);
        if (Role.CURATOR.groupId().equals(group) && curator instanceof String curatorId) {
            return identity.createUserQuery().userId(curatorId).list();
        }
        return identity.createUserQuery().memberOfGroup(group).list();
    }
}
