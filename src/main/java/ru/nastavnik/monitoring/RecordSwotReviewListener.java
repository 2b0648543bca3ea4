package ru.nastavnik.monitoring;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.identity.CompletedBy;

/** The director accepts the SWOT analysis or returns it to the curator with a comment (form «monitoring-review»). */
@Component("recordSwotReviewListener")
class RecordSwotReviewListener implements TaskListener {

    private final MonitoringRounds rounds;
    private final IdentityService identity;
    private final Clock clock;

    RecordSwotReviewListener(MonitoringRounds rounds, IdentityService identity, Clock clock) {
        this.rounds = rounds;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean accepted = MonitoringVariables.ACCEPT.equals(form.text(MonitoringVariables.DECISION).orElse(""));
        rounds.review((String) task.getVariable(MonitoringVariables.ROUND_ID), accepted,
                form.text(MonitoringVariables.REVIEW_COMMENT).orElse(null), CompletedBy.of(identity), LocalDateTime.now(clock));
        task.setVariable(MonitoringVariables.ACCEPTED, accepted);
    }
}
