package ru.nastavnik.pair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.registry.BankRefusals;
import ru.nastavnik.registry.MenteeBank;

/**
 * The order on forming the pairs is signed: the mentors are approved today, each pair works from today for its
 * months, and the mentees' 30-day watches end.
 */
@Component("approvePairsDelegate")
class ApprovePairsDelegate implements JavaDelegate {

    private final MenteeBank mentees;
    private final MentorApprovalWatch watch;
    private final Clock clock;

    ApprovePairsDelegate(MenteeBank mentees, MentorApprovalWatch watch, Clock clock) {
        this.mentees = mentees;
        this.watch = watch;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> approved = ConsentedPairsDelegate.proposals(execution).stream().map(pair -> {
            Pair working = pair.withTerm(today, today.plusMonths(pair.months()));
            BankRefusals.asFormRejection(() -> mentees.approvePair(pair.mentorId(), pair.menteeIds(), today, working.endDate()));
            pair.menteeIds().forEach(watch::approved);
            return working.toMap();
        }).toList();
        execution.setVariable(PairVariables.PAIR_LIST, JsonVariables.object(approved));
        execution.setVariable(PairVariables.PAIRS, JsonVariables.of(approved));
    }
}
