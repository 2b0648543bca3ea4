package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.school.InstanceSchool;

/** The order ending the pair early is signed: the mentees wait for a mentor again and the mentor's places are free. */
@Component("terminatePairDelegate")
class TerminatePairDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(TerminatePairDelegate.class);

    private final MenteeBank mentees;

    TerminatePairDelegate(MenteeBank mentees) {
        this.mentees = mentees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Pair pair = Pair.of(execution.getVariable(PairVariables.PAIR));
        mentees.returnToBank(InstanceSchool.of(execution), pair.menteeIds());
        log.info("Pair {} ended early by order {}", pair.pairId(), execution.getVariable("terminationOrderNumber"));
    }
}
