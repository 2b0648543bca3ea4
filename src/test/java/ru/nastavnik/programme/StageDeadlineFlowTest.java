package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.File;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.nastavnik.support.InMemoryProcessEngine;
import ru.nastavnik.support.InMemoryProcessTest;
import ru.nastavnik.support.ProcessBeans;
import ru.nastavnik.identity.Role;

/**
 * processes/stage-deadline.bpmn in memory, as a stage of the programme calls it: the reminder the morning after the
 * deadline, the director's escalation and task later, both lifted when the stage signals it is done, an escalation
 * under way seen through.
 */
class StageDeadlineFlowTest extends InMemoryProcessTest {

    /** The stages' names as processes/mentoring-programme.bpmn writes them. */
    static final ProgrammeStages STAGES = new ProgrammeStages(() -> Bpmn.readModelFromFile(new File("processes/mentoring-programme.bpmn")));

    static final ProcessBeans beans = new ProcessBeans()
            .recorded("remindOfDeadlineDelegate", "checkFormListener")
            .api("programmeStages", STAGES);

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans);

    private static final LocalDateTime OVERDUE = LocalDateTime.of(2026, 9, 16, 9, 0);
    private static final LocalDateTime ESCALATION = LocalDateTime.of(2026, 9, 23, 9, 0);

    StageDeadlineFlowTest() {
        super(beans, "stage-deadline");
    }

    @Test
    void aStageDoneInTimeLiftsItsDeadlineWithoutALetter() {
        ProcessInstance watch = watchMenteeBank();
        assertThat(due(timer(watch, "Timer_StageOverdue"))).isEqualTo(OVERDUE);
        assertThat(due(timer(watch, "Timer_StageEscalated"))).isEqualTo(ESCALATION);

        stageDone();

        assertThat(watch).isEnded().hasPassed("EndEvent_StageDeadlineLifted").hasNotPassed("ServiceTask_RemindOfDeadline");
        assertThat(beans.calls("remindOfDeadlineDelegate")).isEmpty();
    }

    @Test
    void aLateStageIsRemindedAndItsEscalationLiftedWhenDone() {
        ProcessInstance watch = watchMenteeBank();
        fireTimer(watch, "Timer_StageOverdue");
        runJobs();
        assertThat(beans.calls("remindOfDeadlineDelegate")).singleElement().satisfies(call -> {
            assertThat(call.variable("deadline")).isEqualTo("MENTEE_BANK");
            assertThat(call.variable("responsible")).isEqualTo("curator");
            assertThat(call.variable("escalation")).isEqualTo("false");
        });

        stageDone();

        assertThat(watch).isEnded().hasPassed("EndEvent_StageReminded", "EndEvent_StageDeadlineLifted");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(watch.getId()).count()).isZero();
    }

    @Test
    void anEscalatedStageGivesTheDirectorATaskThatOutlivesTheStage() {
        ProcessInstance watch = watchMenteeBank();
        fireTimer(watch, "Timer_StageOverdue");
        fireTimer(watch, "Timer_StageEscalated");
        runJobs();
        assertThat(beans.calls("remindOfDeadlineDelegate")).extracting(call -> call.variable("escalation"))
                .containsExactlyInAnyOrder("false", "true");
        Task measures = task("Task_ResolveStageOverdue");
        assertThat(measures.getName()).isEqualTo("Принять меры: просрочен этап 2");
        assertThat(candidateGroups(measures)).containsExactly(schoolGroup(Role.DIRECTOR));

        stageDone();
        assertThat(watch).isNotEnded().isWaitingAt("Task_ResolveStageOverdue");

        complete(measures, Map.of("overdueMeasures", "Срок продлён"));
        assertThat(watch).isEnded().hasPassed("EndEvent_StageEscalationHandled", "EndEvent_StageDeadlineLifted");
    }

    /** Stage 2 of programme p-1 calls it, as CallActivity_MenteeBankDeadline does. */
    private ProcessInstance watchMenteeBank() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programmeId", "p-1");
        parameters.put("deadline", "MENTEE_BANK");
        parameters.put("responsible", "curator");
        parameters.put("overdueAt", date(OVERDUE));
        parameters.put("escalationAt", date(ESCALATION));
        return start("StageDeadline", "programme-1", parameters);
    }

    /** What the stage's signal event throws when the stage is done. */
    private void stageDone() {
        engine.getRuntimeService().createSignalEvent("stage-done-p-1-MENTEE_BANK").send();
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
