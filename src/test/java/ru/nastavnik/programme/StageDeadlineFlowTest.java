package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.nastavnik.support.InMemoryProcessEngine;
import ru.nastavnik.support.InMemoryProcessTest;
import ru.nastavnik.support.ProcessBeans;

/**
 * processes/stage-deadline.bpmn in memory: a stage's deadline watched for the roadmap. Done in time, the watch is lifted
 * without a letter; late, the responsible is reminded on the overdue date, the director escalated to on the escalation
 * date with a task named for the stage, and the stage's completion still lifts the watch.
 */
class StageDeadlineFlowTest extends InMemoryProcessTest {

    static final ProcessBeans beans = new ProcessBeans()
            .recorded("checkFormListener", "remindOfDeadlineDelegate")
            .api("programmeStages", new StageNumbers());

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans);

    private static final LocalDateTime OVERDUE = LocalDateTime.of(2026, 9, 16, 9, 0);
    private static final LocalDateTime ESCALATION = LocalDateTime.of(2026, 9, 23, 9, 0);

    StageDeadlineFlowTest() {
        super(beans, "stage-deadline");
    }

    @Test
    void aStageDoneInTimeLiftsTheWatchWithoutALetter() {
        ProcessInstance watch = watch("programme-1", "MENTEE_BANK");
        assertThat(due(timer(watch, "Timer_StageOverdue"))).isEqualTo(OVERDUE);
        assertThat(due(timer(watch, "Timer_StageEscalated"))).isEqualTo(ESCALATION);

        engine.getRuntimeService().signalEventReceived("stage-done-programme-1-MENTEE_BANK");

        assertThat(watch).isEnded().hasPassed("EndEvent_StageDeadlineLifted");
        assertThat(beans.calls("remindOfDeadlineDelegate")).isEmpty();
    }

    @Test
    void aLateStageRemindsItsResponsibleThenEscalatesToTheDirectorUntilItIsDone() {
        ProcessInstance watch = watch("programme-2", "MENTOR_SELECTION");

        fireTimer(watch, "Timer_StageOverdue");
        runJobs();
        fireTimer(watch, "Timer_StageEscalated");
        runJobs();
        assertThat(beans.calls("remindOfDeadlineDelegate")).extracting(call -> call.variable("escalation"))
                .containsExactly("false", "true");
        assertThat(beans.calls("remindOfDeadlineDelegate")).allSatisfy(call -> {
            assertThat(call.variable("responsible")).isEqualTo("curator");
            assertThat(call.variable("deadline")).isEqualTo("MENTOR_SELECTION");
        });
        Task measures = engine.getTaskService().createTaskQuery().processInstanceId(watch.getId()).singleResult();
        assertThat(measures.getName()).isEqualTo("Принять меры: просрочен этап 4");
        assertThat(candidateGroups(measures)).containsExactly("director");
        complete(measures, Map.of("overdueMeasures", "Срок продлён", "overdueNewDate", "2026-10-01"));
        assertThat(watch).hasPassed("EndEvent_StageEscalationHandled").isActive();

        ProcessInstance other = watch("programme-3", "MENTOR_SELECTION");
        engine.getRuntimeService().signalEventReceived("stage-done-programme-2-MENTOR_SELECTION");
        assertThat(watch).isEnded().hasPassed("EndEvent_StageDeadlineLifted");
        assertThat(other).as("another programme's watch goes on").isActive();
    }

    private ProcessInstance watch(String programmeId, String deadline) {
        return start("StageDeadline", programmeId, Map.of("programmeId", programmeId, "deadline", deadline,
                "responsible", "curator", "overdueAt", date(OVERDUE), "escalationAt", date(ESCALATION)));
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
