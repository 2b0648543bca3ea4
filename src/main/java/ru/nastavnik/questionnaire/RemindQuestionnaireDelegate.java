package ru.nastavnik.questionnaire;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reminds everyone of the round who has not answered yet, once each, with a fresh link; a retry sends nobody twice. */
@Component("remindQuestionnaireDelegate")
class RemindQuestionnaireDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RemindQuestionnaireDelegate.class);

    private final Rounds rounds;
    private final QuestionnaireMail mail;
    private final Clock clock;

    RemindQuestionnaireDelegate(Rounds rounds, QuestionnaireMail mail, Clock clock) {
        this.rounds = rounds;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String roundId = (String) execution.getVariable(RoundVariables.ROUND_ID);
        LocalDateTime now = LocalDateTime.now(clock);
        int sent = 0;
        for (Invitation invitation : rounds.invitations(execution.getTenantId(), roundId)) {
            if (!invitation.answered() && !invitation.closed(now)) {
                sent += mail.remind(invitation) ? 1 : 0;
            }
        }
        log.info("Questionnaire round {}: {} reminder(s) sent", roundId, sent);
    }
}
