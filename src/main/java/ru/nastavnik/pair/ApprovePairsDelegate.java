package ru.nastavnik.pair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.common.WorkProgress;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.school.InstanceSchool;

/**
 * The order on forming the pairs is signed: the mentors are approved today, each pair works from today for its
 * months, and the mentees' 30-day watches end.
 */
@Component("approvePairsDelegate")
class ApprovePairsDelegate implements JavaDelegate {

    private final MenteeBank mentees;
    private final MentorApprovalWatch watch;
    private final Clock clock;
    private final WorkProgress progress;

    ApprovePairsDelegate(MenteeBank mentees, MentorApprovalWatch watch, Clock clock, WorkProgress progress) {
        this.mentees = mentees;
        this.watch = watch;
        this.clock = clock;
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormingProgress.run(progress, execution, () -> approve(execution));
    }

    private void approve(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        String schoolId = InstanceSchool.of(execution);
        List<Pair> proposals = ConsentedPairsDelegate.proposals(execution);
        List<Map<String, Object>> approved = new ArrayList<>();
        progress.forEach("Утверждаем наставников и сроки пар", proposals, pair -> {
            Pair working = pair.withTerm(today, today.plusMonths(pair.months()));
            mentees.approvePair(schoolId, pair.mentorId(), pair.menteeIds(), today, working.endDate());
            pair.menteeIds().forEach(menteeId -> watch.approved(schoolId, menteeId));
            approved.add(working.toMap());
        });
        execution.setVariable(PairVariables.PAIR_LIST, JsonVariables.object(approved));
        execution.setVariable(PairVariables.PAIRS, JsonVariables.of(approved));
    }
}
