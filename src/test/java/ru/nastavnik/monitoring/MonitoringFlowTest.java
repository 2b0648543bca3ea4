package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.nastavnik.support.InMemoryProcessEngine;
import ru.nastavnik.support.InMemoryProcessTest;
import ru.nastavnik.support.ProcessBeans;
import ru.nastavnik.identity.Role;

/**
 * processes/monitoring.bpmn in memory: the schedule starts a round on 1 December at 9:00; a round's figures are taken,
 * the curator writes the SWOT analysis, the director accepts it or returns it for rework.
 */
class MonitoringFlowTest extends InMemoryProcessTest {

    static final ProcessBeans beans = new ProcessBeans()
            .recorded("checkFormListener", "takeKpiSnapshotDelegate", "recordSwotDelegate")
            .recorded("recordSwotReviewDelegate", execution -> execution.setVariable(MonitoringVariables.ACCEPTED,
                    MonitoringVariables.ACCEPT.equals(execution.getVariable(MonitoringVariables.DECISION))))
            .api("monitoringSchedule", new MonitoringSchedule(MonitoringSchedule.DECEMBER_AND_JUNE));

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans);

    MonitoringFlowTest() {
        super(beans, "monitoring");
    }

    @Test
    void theScheduleStartsARoundOnTheFirstOfDecemberAndTheDirectorAcceptsTheSwotAnalysis() {
        Job schedule = engine.getManagementService().createJobQuery().timers().activityId("StartEvent_RoundDue").singleResult();
        assertThat(due(schedule)).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 0));
        moveTo(LocalDateTime.of(2026, 12, 1, 9, 0));
        engine.getManagementService().executeJob(schedule.getId());

        ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("MonitoringRound").singleResult();
        assertThat(beans.calls("takeKpiSnapshotDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable("roundKind")).isEqualTo("SCHEDULED"));
        Task swot = task("Task_WriteSwot");
        // known gap (docs/security.md): the schedule's timer starts a round of no school, which no school's group sees
        assertThat(round.getTenantId()).isNull();
        assertThat(candidateGroups(swot)).containsExactly("-" + Role.CURATOR.groupId());
        assertThat(swot.getDueDate()).as("two weeks").isEqualTo(java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 12, 15, 9, 0)));
        complete(swot, swotAnswers());
        complete("Task_ReviewSwot", Map.of(MonitoringVariables.DECISION, MonitoringVariables.ACCEPT));

        assertThat(round).isEnded().hasPassed("EndEvent_RoundCompleted");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("MonitoringSchedule").count())
                .as("the scheduled run is over").isZero();
        assertThat(engine.getManagementService().createJobQuery().timers().activityId("StartEvent_RoundDue").singleResult().getDuedate())
                .as("next: 1 June").isEqualTo(java.sql.Timestamp.valueOf(LocalDateTime.of(2027, 6, 1, 9, 0)));
    }

    @Test
    void aReturnedSwotAnalysisGoesBackToTheCuratorUntilAccepted() {
        ProcessInstance round = start("MonitoringRound", Map.of("roundReason", "Проверка перед советом"));
        assertThat(candidateGroups(task("Task_WriteSwot"))).containsExactly(schoolGroup(Role.CURATOR));
        complete("Task_WriteSwot", swotAnswers());
        assertThat(candidateGroups(task("Task_ReviewSwot"))).containsExactly(schoolGroup(Role.DIRECTOR));
        complete("Task_ReviewSwot", Map.of(MonitoringVariables.DECISION, "return", "swotReviewComment", "Мало угроз"));

        assertThat(round).isWaitingAt("Task_WriteSwot");
        complete("Task_WriteSwot", swotAnswers());
        complete("Task_ReviewSwot", Map.of(MonitoringVariables.DECISION, MonitoringVariables.ACCEPT));
        assertThat(round).isEnded();
        assertThat(calledAt("recordSwotDelegate")).as("each draft kept").containsExactly("ServiceTask_RecordSwot", "ServiceTask_RecordSwot");
        assertThat(calledAt("takeKpiSnapshotDelegate")).as("the figures once per round").containsExactly("ServiceTask_TakeSnapshot");
    }

    private static Map<String, Object> swotAnswers() {
        return Map.of("swotStrengths", "Опытные наставники", "swotWeaknesses", "Мало времени",
                "swotOpportunities", "Сетевые проекты", "swotThreats", "Нагрузка");
    }
}
