package ru.nastavnik.monitoring;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.MarkdownText;
import ru.nastavnik.form.FormValues;
import ru.nastavnik.identity.CompletedBy;

/**
 * «Записать решение директора по SWOT-анализу»: accepted, or returned to the curator with a comment (form
 * «monitoring-review»); {@code swotAccepted} tells the gateway after it.
 */
@Component("recordSwotReviewDelegate")
class RecordSwotReviewDelegate implements JavaDelegate {

    private final MonitoringRounds rounds;
    private final IdentityService identity;
    private final Clock clock;

    RecordSwotReviewDelegate(MonitoringRounds rounds, IdentityService identity, Clock clock) {
        this.rounds = rounds;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution);
        boolean accepted = MonitoringVariables.ACCEPT.equals(form.text(MonitoringVariables.DECISION).orElse(""));
        String comment = form.text(MonitoringVariables.REVIEW_COMMENT).orElse(null);
        rounds.review(execution.getTenantId(), (String) execution.getVariable(MonitoringVariables.ROUND_ID), accepted, comment, CompletedBy.of(identity),
                LocalDateTime.now(clock));
        // the returned SWOT form's Markdown text shows the comment as typed: Tasklist drops markup it does not allow
        execution.setVariable("swotReviewCommentText", MarkdownText.escaped(comment));
        execution.setVariable(MonitoringVariables.ACCEPTED, accepted);
    }
}
