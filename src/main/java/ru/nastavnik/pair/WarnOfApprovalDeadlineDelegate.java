package ru.nastavnik.pair;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.notify.Mail;
import ru.nastavnik.notify.Mailer;

/** A week before a mentee's 30 days run out without an approved mentor: a mail to the curators. Runs as a retried job. */
@Component("warnOfApprovalDeadlineDelegate")
class WarnOfApprovalDeadlineDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(WarnOfApprovalDeadlineDelegate.class);

    private final IdentityService identity;
    private final Mailer mailer;

    WarnOfApprovalDeadlineDelegate(IdentityService identity, Mailer mailer) {
        this.identity = identity;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int sent = 0;
        for (User curator : identity.createUserQuery().memberOfGroup(SchoolGroups.of(execution.getTenantId(), Role.CURATOR)).list()) {
            if (curator.getEmail() == null || curator.getEmail().isBlank()) {
                continue;
            }
            Map<String, Object> model = Map.of(
                    "name", String.valueOf(curator.getFirstName()),
                    "menteeName", execution.getVariable("menteeName"),
                    "workStartDate", execution.getVariable("workStartDate"),
                    "dueBy", execution.getVariable("mentorDueByText"));
            String key = "approval-warning:" + execution.getProcessInstanceId() + ":" + curator.getId();
            if (mailer.send(new Mail(key, curator.getEmail(), "Неделя до срока утверждения наставника", "approval-warning", model))) {
                sent++;
            }
        }
        log.info("Mentor approval deadline of watch {}: warning sent to {} curator(s)", execution.getProcessInstanceId(), sent);
    }
}
