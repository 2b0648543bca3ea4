package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.school.InstanceSchool;

/** The pair's results go into both banks: mentees completed (successful ones become mentor candidates), the mentor's places freed. */
@Component("completePairDelegate")
class CompletePairDelegate implements JavaDelegate {

    private final MenteeBank mentees;

    CompletePairDelegate(MenteeBank mentees) {
        this.mentees = mentees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Pair pair = Pair.of(execution.getVariable(PairVariables.PAIR));
        boolean successful = "yes".equals(execution.getVariable(PairVariables.SUCCESSFUL));
        mentees.completePair(InstanceSchool.of(execution), pair.mentorId(), pair.menteeIds(),
                (String) execution.getVariable(PairVariables.RESULTS), successful);
    }
}
