package ru.nastavnik.programme;

import ru.nastavnik.school.InstanceSchool;
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
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.notify.Mail;
import ru.nastavnik.notify.Mailer;
import ru.nastavnik.programme.ProgrammeCalendar.Deadline;

/**
 * A stage's deadline has passed: writes to the people responsible for it (variable {@code responsible}: a group;
 * for the curator group, the appointed curator only), or, as an escalation, to the director.
 * Variables of the stage-deadline process: {@code deadline} (a {@link Deadline} name), {@code responsible}; input
 * {@code escalation} (true/false). The programme's own variables (start, settings, curator, school) are read from the
 * programme that called it, as they are when the letter goes, not as they were when the stage began.
 */
@Component("remindOfDeadlineDelegate")
class RemindOfDeadlineDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RemindOfDeadlineDelegate.class);

    private final IdentityService identity;
    private final Mailer mailer;
    private final ProgrammeCalendar calendar;
    private final ProgrammeStages stages;

    RemindOfDeadlineDelegate(IdentityService identity, Mailer mailer, ProgrammeCalendar calendar, ProgrammeStages stages) {
        this.identity = identity;
        this.mailer = mailer;
        this.calendar = calendar;
        this.stages = stages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline deadline = Deadline.valueOf((String) execution.getVariable("deadline"));
        boolean escalation = Boolean.parseBoolean(String.valueOf(execution.getVariable("escalation")));
        String responsible = escalation ? Role.DIRECTOR.groupId() : (String) execution.getVariable("responsible");
        DelegateExecution programme = programmeOf(execution);
        LocalDate due = calendar.deadline(new FormValues(programme), deadline);
        String stage = stages.title(deadline.name());
        String subject = (escalation ? "Эскалация: просрочен этап «" : "Истёк срок: ") + stage + (escalation ? "»" : "");
        int sent = 0;
        for (User person : recipients(programme, responsible)) {
            if (person.getEmail() == null || person.getEmail().isBlank()) {
                continue;
            }
            String key = "deadline:" + programme.getProcessInstanceId() + ":" + deadline + ":" + (escalation ? "escalation" : "reminder")
                    + ":" + person.getId();
            if (mailer.sentBefore(ReminderBlocksUpgrade.keyBeforeTheUpgrade(programme.getProcessInstanceId(), deadline, escalation, person.getId()))) {
                continue; // sent by the stage's own block before the release upgrade, whose timers fire again now
            }
            Map<String, Object> model = Map.of(
                    "name", String.valueOf(person.getFirstName()),
                    "stage", stage,
                    "stageNumber", ProgrammeStages.numberOf(stage),
                    "due", RussianDates.format(due),
                    "escalation", escalation,
                    "schoolName", String.valueOf(programme.getVariable(ProgrammeVariables.SCHOOL_NAME)));
            if (mailer.send(new Mail(key, person.getEmail(), subject, "deadline-reminder", model)
                    .of(InstanceSchool.of(programme)))) {
                sent++;
            }
        }
        log.info("Deadline {} of programme {}: {} sent to {} people", deadline, programme.getProcessInstanceId(),
                escalation ? "escalation" : "reminder", sent);
    }

    /** The programme that called the stage-deadline process (an instance not yet upgraded runs the step itself). */
    private static DelegateExecution programmeOf(DelegateExecution execution) {
        DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
        return caller != null ? caller : execution;
    }

    private List<User> recipients(DelegateExecution programme, String group) {
        Object curator = programme.getVariable(ProgrammeVariables.CURATOR);
        if (Role.CURATOR.groupId().equals(group) && curator instanceof String curatorId) {
            return identity.createUserQuery().userId(curatorId).list();
        }
        return identity.createUserQuery().memberOfGroup(SchoolGroups.of(programme.getTenantId(), group)).list();
    }
}
