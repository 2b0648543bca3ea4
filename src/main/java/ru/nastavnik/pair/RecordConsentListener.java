package ru.nastavnik.pair;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.identity.CompletedBy;
import ru.nastavnik.modeling.WritingListenerToMove;

/**
 * Records a written consent (form «consent») as the legal record: whose consent, the answer, who entered it and when;
 * a consent is recorded once. The answer stays in the step's own variable {@code consentDecision} for the gateway after it.
 * Whose consent: {@link StepPerson}, the task's assignee's, not the variables'.
 */
@WritingListenerToMove(why = "whose consent it is comes from the task (its assignee, its participant property), and the mentees' consent is a multi-instance step whose running instances Camunda cannot migrate into a multi-instance sub-process")
@Component("recordConsentListener")
class RecordConsentListener implements TaskListener {

    private final ConsentRecords consents;
    private final IdentityService identity;
    private final Clock clock;
    private final StepPerson stepPerson;

    RecordConsentListener(ConsentRecords consents, IdentityService identity, Clock clock, StepPerson stepPerson) {
        this.consents = consents;
        this.identity = identity;
        this.clock = clock;
        this.stepPerson = stepPerson;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        Pair pair = Pair.of(task.getVariable(PairVariables.PAIR));
        PersonKind kind = StepProperties.participant(task);
        String personId = stepPerson.of(task, pair, kind);
        consents.record(new ConsentRecords.Consent(pair.pairId(), kind, personId,
                "agree".equals(form.text(PairVariables.CONSENT).orElse("")),
                form.text(PairVariables.CONSENT_COMMENT).orElse(null), CompletedBy.of(identity), LocalDateTime.now(clock)));
    }
}
