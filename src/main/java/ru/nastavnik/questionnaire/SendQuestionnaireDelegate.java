package ru.nastavnik.questionnaire;

import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.SchoolVersions;
import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;

/**
 * Sends a questionnaire (input {@code questionnaireKind}): opens the round once, mails every person asked their own
 * link, and starts the round's own process for the reminder and the closing date. Runs as a retried job: a letter
 * already sent is not sent again, and the round is not opened twice.
 */
@Component("sendQuestionnaireDelegate")
class SendQuestionnaireDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendQuestionnaireDelegate.class);

    private final RoundOpenings openings;
    private final Rounds rounds;
    private final QuestionnaireMail mail;
    private final RuntimeService runtime;
    private final SchoolVersions versions;

    SendQuestionnaireDelegate(RoundOpenings openings, Rounds rounds, QuestionnaireMail mail, RuntimeService runtime,
                              SchoolVersions versions) {
        this.openings = openings;
        this.rounds = rounds;
        this.mail = mail;
        this.runtime = runtime;
        this.versions = versions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Kind kind = Kind.valueOf((String) execution.getVariable(RoundVariables.KIND));
        Round round = rounds.open(openings.of(kind, execution));
        int sent = 0;
        for (Invitation invitation : rounds.invitations(round.schoolId(), round.id())) {
            sent += mail.invite(invitation) ? 1 : 0;
        }
        ProcessInstanceQuery school = runtime.createProcessInstanceQuery().processDefinitionKey(RoundVariables.PROCESS_KEY);
        school = execution.getTenantId() == null ? school.withoutTenantId() : school.tenantIdIn(execution.getTenantId());
        boolean running = school.variableValueEquals(RoundVariables.ROUND_ID, round.id()).count() > 0;
        if (!running) {
            versions.start(RoundVariables.PROCESS_KEY, execution.getProcessBusinessKey(), execution.getTenantId(), Map.of(
                    RoundVariables.SCHOOL_ID, execution.getTenantId(), RoundVariables.ROUND_ID, round.id(), RoundVariables.REMINDER_AT, date(round.reminderAt()),
                    RoundVariables.CLOSES_AT, date(round.closesAt())));
        }
        log.info("Questionnaire round {} ({}): {} invitation(s) sent", round.id(), kind, sent);
    }

    private static Date date(java.time.LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
