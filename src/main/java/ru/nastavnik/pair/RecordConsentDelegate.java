package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.school.InstanceSchool;

/**
 * «Записать согласие»: records the written consent just given (form «consent») as the legal record: whose consent, the
 * answer, who entered it and when; a consent is recorded once. Runs right after the consent step, in its transaction.
 * Whose consent: {@link StepPerson}, decided by the process (the pair's mentor, or the mentee of this instance of the
 * mentees' sub-process), never by what the form posted.
 */
@Component("recordConsentDelegate")
class RecordConsentDelegate implements JavaDelegate {

    private final ConsentRecords consents;
    private final StepPerson stepPerson;

    RecordConsentDelegate(ConsentRecords consents, StepPerson stepPerson) {
        this.consents = consents;
        this.stepPerson = stepPerson;
    }

    @Override
    public void execute(DelegateExecution step) {
        FormValues form = new FormValues(step);
        StepPerson.Whose whose = stepPerson.of(step);
        consents.record(InstanceSchool.of(step), new ConsentRecords.Consent(whose.pair().pairId(), whose.kind(), whose.personId(),
                "agree".equals(form.text(PairVariables.CONSENT).orElse("")),
                form.text(PairVariables.CONSENT_COMMENT).orElse(null), whose.recordedBy(), whose.recordedAt()));
    }
}
