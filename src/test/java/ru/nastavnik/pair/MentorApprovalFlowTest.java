package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.nastavnik.support.InMemoryProcessEngine;
import ru.nastavnik.support.InMemoryProcessTest;
import ru.nastavnik.support.ProcessBeans;
import ru.nastavnik.identity.Role;

/**
 * processes/mentor-approval.bpmn in memory: the 30-day watch of a mentee in the bank. A warning to the curator a week
 * before the last day, the director's decision the day after it, and an approval in time ending the watch.
 */
class MentorApprovalFlowTest extends InMemoryProcessTest {

    static final ProcessBeans beans = new ProcessBeans()
            .recorded("checkFormListener", "warnOfApprovalDeadlineDelegate", "allowLateApprovalDelegate",
                    "excludeMenteeDelegate")
            .api("mentorApprovalCalendar", new MentorApprovalCalendar());

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans);

    private static final LocalDate DUE_BY = NOW.toLocalDate().plusDays(30);

    MentorApprovalFlowTest() {
        super(beans, "mentor-approval");
    }

    @Test
    void warnsTheCuratorAWeekBeforeTheLastDayAndEndsWhenTheMentorIsApprovedInTime() {
        ProcessInstance watch = watch("mentee-1");

        assertThat(due(timer(watch, "Timer_ApprovalDueSoon"))).isEqualTo(DUE_BY.minusDays(7).atTime(9, 0));
        assertThat(due(timer(watch, "Timer_ApprovalMissed"))).as("the day after the last day, at midnight")
                .isEqualTo(DUE_BY.plusDays(1).atStartOfDay());
        fireTimer(watch, "Timer_ApprovalDueSoon");
        runJobs();
        assertThat(beans.calls("warnOfApprovalDeadlineDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable("menteeId")).isEqualTo("mentee-1"));
        assertThat(watch).isWaitingAt("ReceiveTask_AwaitApproval");

        engine.getRuntimeService().createMessageCorrelation("MentorApproved").processInstanceBusinessKey("mentee-1").correlate();

        assertThat(watch).isEnded().hasPassed("EndEvent_MentorApproved");
        assertThat(engine.getManagementService().createJobQuery().count()).as("no timer left").isZero();
    }

    @Test
    void theDirectorAllowsALateApprovalOrTakesTheMenteeOutOfTheBank() {
        ProcessInstance allowed = watch("mentee-2");
        fireTimer(allowed, "Timer_ApprovalMissed");
        assertThat(candidateGroups(task("Task_DecideLateApproval"))).containsExactly(schoolGroup(Role.DIRECTOR));
        complete("Task_DecideLateApproval", Map.of("lateApprovalDecision", "allow", "lateApprovalReason", "Наставник в отпуске"));
        assertThat(allowed).hasPassed("EndEvent_LateApprovalAllowed").isWaitingAt("ReceiveTask_AwaitApproval");

        ProcessInstance left = watch("mentee-3");
        fireTimer(left, "Timer_ApprovalMissed");
        complete("Task_DecideLateApproval", Map.of("lateApprovalDecision", "exclude", "lateApprovalReason", "Уволилась"));

        assertThat(left).isEnded().hasPassed("EndEvent_MenteeLeft");
        assertThat(beans.calls("allowLateApprovalDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable("menteeId")).isEqualTo("mentee-2"));
        assertThat(beans.calls("excludeMenteeDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable("menteeId")).isEqualTo("mentee-3"));
    }

    private ProcessInstance watch(String menteeId) {
        return start("MentorApprovalDeadline", menteeId,
                Map.of("menteeId", menteeId, MentorApprovalCalendar.DUE_BY, DUE_BY.toString()));
    }
}
