package ru.nastavnik.questionnaire;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The round's closing date: the links stop working and the round counts with whatever came in; the figures
 * ({@link QuestionnaireResults}) read the answers as they are. Leaves {@code invited} and {@code answered} for Cockpit.
 */
@Component("closeQuestionnaireRoundDelegate")
class CloseQuestionnaireRoundDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CloseQuestionnaireRoundDelegate.class);

    private final Rounds rounds;
    private final Clock clock;

    CloseQuestionnaireRoundDelegate(Rounds rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String roundId = (String) execution.getVariable(RoundVariables.ROUND_ID);
        rounds.close(execution.getTenantId(), roundId, LocalDateTime.now(clock));
        List<Invitation> invitations = rounds.invitations(execution.getTenantId(), roundId);
        long answered = invitations.stream().filter(Invitation::answered).count();
        execution.setVariable("invited", invitations.size());
        execution.setVariable("answered", answered);
        log.info("Questionnaire round {} closed: {} of {} answered", roundId, answered, invitations.size());
    }
}
