package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.pair.Pair;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.Mentor;

/**
 * Scenario 4: a region's bank file of mentees imported through {@link MenteeBank#importFile} (each mentee starts its
 * 30-day watch in the same transaction), then one order's pairs through the path of the forming round's delegates,
 * each step in one transaction as its delegate runs: the curator's proposals (registerPairsDelegate), the signed
 * order's approval ending the watches (approvePairsDelegate), one MentoringPair per pair (startPairsDelegate).
 */
final class BulkWork {

    record Result(long importNanos, long watchesStarted, long proposeNanos, long approveNanos, long startNanos, List<String> pairInstances) { }

    private final ProcessEngine engine;
    private final Region region;
    private final TransactionTemplate transaction;

    BulkWork(ProcessEngine engine, Region region, TransactionTemplate transaction) {
        this.engine = engine;
        this.region = region;
        this.transaction = transaction;
    }

    Result run(int menteeCount, int pairCount, LocalDate today) {
        String tag = Region.tag();
        long watchesBefore = region.running("MentorApprovalDeadline");
        long start = System.nanoTime();
        List<Mentee> mentees = region.importMentees(tag, menteeCount, today);
        long importNanos = System.nanoTime() - start;
        long watches = region.running("MentorApprovalDeadline") - watchesBefore;
        assertThat(watches).as("one watch per imported mentee").isEqualTo(menteeCount);

        List<Mentor> mentors = region.importMentors(tag, (pairCount + 2) / 3);
        long[] nanos = new long[3];
        List<Pair> proposed = timed(nanos, 0, () -> region.propose(mentors, mentees.subList(0, pairCount), today));
        List<Pair> approved = timed(nanos, 1, () -> region.approve(proposed, today));
        String businessKey = "bench-bulk-" + tag;
        List<String> instances = timed(nanos, 2, () -> approved.stream().map(pair -> engine.getRuntimeService()
                .startProcessInstanceByKey("MentoringPair", businessKey, Region.pairVariables(pair, region.schoolId())).getId()).toList());
        assertThat(region.running("MentorApprovalDeadline")).as("the approved mentees' watches ended").isEqualTo(watchesBefore + watches - pairCount);
        return new Result(importNanos, watches, nanos[0], nanos[1], nanos[2], instances);
    }

    private <T> T timed(long[] nanos, int index, Supplier<T> step) {
        long start = System.nanoTime();
        T result = transaction.execute(status -> step.get());
        nanos[index] = System.nanoTime() - start;
        return result;
    }
}
