package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.school.InstanceSchool;

/** A consent was refused: the proposal ends, the mentees wait for a mentor again and the mentor's places are free. */
@Component("returnProposalDelegate")
class ReturnProposalDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ReturnProposalDelegate.class);

    private final MenteeBank mentees;

    ReturnProposalDelegate(MenteeBank mentees) {
        this.mentees = mentees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Pair pair = Pair.of(execution.getVariable(PairVariables.PAIR));
        mentees.returnToBank(InstanceSchool.of(execution), pair.menteeIds());
        log.info("Proposal {} refused: {} mentee(s) back in the bank", pair.pairId(), pair.menteeIds().size());
    }
}
