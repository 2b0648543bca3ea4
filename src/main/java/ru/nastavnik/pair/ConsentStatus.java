package ru.nastavnik.pair;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ProcessApi;
import ru.nastavnik.school.InstanceSchool;

/** What the consent records of a proposal say, for the gateways after the consent steps (bean {@code consentStatus}). */
@Component("consentStatus")
@ProcessApi
public class ConsentStatus {

    private final ConsentRecords consents;

    ConsentStatus(ConsentRecords consents) {
        this.consents = consents;
    }

    public boolean mentorAgreed(VariableScope proposal) {
        Pair pair = pairOf(proposal);
        return ConsentRecords.mentorAgreed(pair, consents.of(InstanceSchool.of(proposal), pair.pairId()));
    }

    /** Every mentee of the proposal agreed. */
    public boolean menteesAgreed(VariableScope proposal) {
        Pair pair = pairOf(proposal);
        return ConsentRecords.menteesAgreed(pair, consents.of(InstanceSchool.of(proposal), pair.pairId()));
    }

    /** A mentee refused: the other mentees of the group need not answer, the proposal ends. */
    public boolean menteeRefused(VariableScope proposal) {
        return of(proposal).stream().anyMatch(c -> c.kind() == PersonKind.MENTEE && !c.agreed());
    }

    private List<ConsentRecords.Consent> of(VariableScope proposal) {
        return consents.of(InstanceSchool.of(proposal), pairOf(proposal).pairId());
    }

    private static Pair pairOf(VariableScope proposal) {
        return Pair.of(proposal.getVariable(PairVariables.PAIR));
    }
}
