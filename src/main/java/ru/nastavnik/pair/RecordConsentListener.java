package ru.nastavnik.pair;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRejectedException;
import ru.nastavnik.form.FormRejections;
import ru.nastavnik.form.FormValues;
import ru.nastavnik.identity.CompletedBy;
import ru.nastavnik.identity.Role;
import ru.nastavnik.identity.SignedInPerson;

/**
 * Records a written consent (form «consent») as the legal record: whose consent, the answer, who entered it and when;
 * a consent is recorded once. The answer stays in the step's own variable {@code consentDecision} for the gateway after it.
 * Whose consent is the task's assignee's: the person of the pair whose bank row is linked to that login, whoever
 * completes it (the curator entering a paper consent for them is recorded as who entered it). A task with no such
 * assignee is for a person without a login: only the curator enters it, for the person the engine made the step for.
 */
@Component("recordConsentListener")
class RecordConsentListener implements TaskListener {

    private final ConsentRecords consents;
    private final IdentityService identity;
    private final Clock clock;
    private final PairPeople people;
    private final SignedInPerson signedIn;

    RecordConsentListener(ConsentRecords consents, @Lazy IdentityService identity, Clock clock, PairPeople people,
                          SignedInPerson signedIn) {
        this.consents = consents;
        this.identity = identity;
        this.clock = clock;
        this.people = people;
        this.signedIn = signedIn;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        Pair pair = Pair.of(task.getVariable(PairVariables.PAIR));
        PersonKind kind = StepProperties.participant(task);
        String personId = consenting(task, pair, kind);
        consents.record(new ConsentRecords.Consent(pair.pairId(), kind, personId,
                "agree".equals(form.text(PairVariables.CONSENT).orElse("")),
                form.text(PairVariables.CONSENT_COMMENT).orElse(null), CompletedBy.of(identity), LocalDateTime.now(clock)));
    }

    private String consenting(DelegateTask task, Pair pair, PersonKind kind) {
        List<String> persons = kind == PersonKind.MENTOR ? List.of(pair.mentorId()) : pair.menteeIds();
        String assignee = task.getAssignee();
        if (assignee != null) {
            for (String person : persons) {
                if (people.linkedLogin(kind, person).filter(assignee::equals).isPresent()) {
                    return person;
                }
            }
        }
        // a paper consent, entered by the curator: for the person of the pair the engine made the step for
        String person = kind == PersonKind.MENTOR ? pair.mentorId() : (String) task.getVariable(PairVariables.MENTEE_ID);
        boolean byStaff = identity.getCurrentAuthentication() == null || signedIn.hasRole(Role.CURATOR)
                || signedIn.isAdministrator();
        if (!persons.contains(person) || !byStaff) {
            throw FormRejections.remember(new FormRejectedException(List.of(
                    "Согласие даёт сам участник пары в своём списке задач; согласие, данное на бумаге, вносит куратор.")));
        }
        return person;
    }
}
