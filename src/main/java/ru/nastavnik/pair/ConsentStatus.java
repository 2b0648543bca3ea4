package ru.nastavnik.pair;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** What the consent records of a proposal say, for the gateways after the consent steps (bean {@code consentStatus}). */
@Component("consentStatus")
public class ConsentStatus {

    private final ConsentRecords consents;

    ConsentStatus(ConsentRecords consents) {
        this.consents = consents;
    }

    public boolean mentorAgreed(VariableScope proposal) {
        Pair pair = Pair.of(proposal.getVariable(PairVariables.PAIR));
        return of(proposal).stream().anyMatch(c -> c.kind() == PersonKind.MENTOR && c.personId().equals(pair.mentorId()) && c.agreed());
    }

    /** Every mentee of the proposal agreed. */
    public boolean menteesAgreed(VariableScope proposal) {
        Pair pair = Pair.of(proposal.getVariable(PairVariables.PAIR));
        List<ConsentRecords.Consent> consents = of(proposal);
        return pair.menteeIds().stream().allMatch(mentee -> consents.stream()
                .anyMatch(c -> c.kind() == PersonKind.MENTEE && c.personId().equals(mentee) && c.agreed()));
    }

    /** A mentee refused: the other mentees of the group need not answer, the proposal ends. */
    public boolean menteeRefused(VariableScope proposal) {
        return of(proposal).stream().anyMatch(c -> c.kind() == PersonKind.MENTEE && !c.agreed());
    }

    private List<ConsentRecords.Consent> of(VariableScope proposal) {
        return consents.of(Pair.of(proposal.getVariable(PairVariables.PAIR)).pairId());
    }
}
