package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.school.InstanceSchool;

/** «Исключить наставляемого из банка»: the director decided no mentor is needed after the missed deadline. */
@Component("excludeMenteeDelegate")
class ExcludeMenteeDelegate implements JavaDelegate {

    private final MenteeBank mentees;

    ExcludeMenteeDelegate(MenteeBank mentees) {
        this.mentees = mentees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String menteeId = (String) execution.getVariable(PairVariables.MENTEE_ID);
        mentees.leaveBank(InstanceSchool.of(execution), menteeId);
    }
}
