package ru.nastavnik.programme;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.school.InstanceSchool;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.notify.Mail;
import ru.nastavnik.notify.Mailer;

/**
 * Stage 1: sends the director's information letter to every teacher of the school (mentors, curators,
 * methodologists). Runs as an async job; a teacher who already has the letter is not written to again.
 */
@Component("sendInformationLetterDelegate")
class SendInformationLetterDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendInformationLetterDelegate.class);
    private static final Role[] TEACHERS = {Role.MENTOR, Role.CURATOR, Role.METHODOLOGIST};

    private final IdentityService identity;
    private final Mailer mailer;

    SendInformationLetterDelegate(IdentityService identity, Mailer mailer) {
        this.identity = identity;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String subject = (String) execution.getVariable(ProgrammeVariables.LETTER_SUBJECT);
        Map<String, Object> model = Map.of(
                "schoolName", execution.getVariable(ProgrammeVariables.SCHOOL_NAME),
                "letterText", execution.getVariable(ProgrammeVariables.LETTER_TEXT));
        int sent = 0;
        for (User teacher : teachers(execution.getTenantId()).values()) {
            if (teacher.getEmail() == null || teacher.getEmail().isBlank()) {
                continue;
            }
            Map<String, Object> personal = new LinkedHashMap<>(model);
            personal.put("name", teacher.getFirstName());
            String key = "information-letter:" + execution.getProcessInstanceId() + ":" + teacher.getId();
            if (mailer.send(new Mail(key, teacher.getEmail(), subject, "information-letter", personal)
                    .of(InstanceSchool.of(execution)))) {
                sent++;
            }
        }
        log.info("Information letter of programme {} sent to {} teachers", execution.getProcessInstanceId(), sent);
    }

    /** The teachers of the programme's school. */
    private Map<String, User> teachers(String schoolId) {
        Map<String, User> byId = new LinkedHashMap<>();
        for (Role role : TEACHERS) {
            identity.createUserQuery().memberOfGroup(SchoolGroups.of(schoolId, role)).list()
                    .forEach(user -> byId.putIfAbsent(user.getId(), user));
        }
        return byId;
    }
}
