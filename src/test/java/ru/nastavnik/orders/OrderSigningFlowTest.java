package ru.nastavnik.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.nastavnik.support.InMemoryProcessEngine;
import ru.nastavnik.support.InMemoryProcessTest;
import ru.nastavnik.support.ProcessBeans;
import ru.nastavnik.identity.Role;

/** processes/order-signing.bpmn in memory: the director signs, returns for rework, and a returned draft is withdrawn. */
class OrderSigningFlowTest extends InMemoryProcessTest {

    static final ProcessBeans beans = OrderSigningBeans.addTo(new ProcessBeans());

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans);

    OrderSigningFlowTest() {
        super(beans, "order-signing");
    }

    @Test
    void theDirectorSignsTheDraftTheSystemPrepared() {
        ProcessInstance order = start("OrderSigning", Map.of(OrderVariables.ORDER_KIND, "APPOINT_CURATOR"));

        assertThat(calledAt("issueOrderDelegate")).containsExactly("ServiceTask_IssueOrder");
        assertThat(candidateGroups(task("Task_SignOrder"))).containsExactly(schoolGroup(Role.DIRECTOR));
        complete("Task_SignOrder", OrderSigningBeans.signed());

        assertThat(order).isEnded().hasPassed("EndEvent_OrderSigned");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(order.getId())
                .variableName(OrderVariables.ORDER_NUMBER).singleResult().getValue()).isEqualTo("12-о");
        assertThat(beans.calls("checkFormListener")).singleElement()
                .satisfies(call -> assertThat(call.activity()).isEqualTo("Task_SignOrder"));
        assertThat(beans.calls("signOrderDelegate")).singleElement()
                .satisfies(call -> assertThat(call.activity()).isEqualTo("ServiceTask_SignOrder"));
        assertThat(beans.calls("returnOrderDelegate")).isEmpty();
    }

    @Test
    void aReturnedDraftIsReworkedByTheCuratorOrDirectorAndPreparedAgain() {
        ProcessInstance order = start("OrderSigning", Map.of(OrderVariables.ORDER_KIND, "APPOINT_CURATOR"));
        complete("Task_SignOrder", Map.of(OrderVariables.ORDER_DECISION, OrderVariables.RETURN,
                OrderVariables.ORDER_RETURN_COMMENT, "Неверная дата"));

        assertThat(beans.calls("returnOrderDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable(OrderVariables.ORDER_RETURN_COMMENT)).isEqualTo("Неверная дата"));
        assertThat(candidateGroups(task("Task_ReworkOrder"))).containsExactly(schoolGroup(Role.CURATOR), schoolGroup(Role.DIRECTOR));
        complete("Task_ReworkOrder", Map.of("orderReworkDecision", "rework", "orderRework", "Дата исправлена"));

        assertThat(calledAt("issueOrderDelegate")).as("a new draft").containsExactly("ServiceTask_IssueOrder", "ServiceTask_IssueOrder");
        complete("Task_SignOrder", Map.of(OrderVariables.ORDER_DECISION, OrderVariables.SIGN));
        assertThat(order).isEnded().hasPassed("EndEvent_OrderSigned");
    }

    @Test
    void aReturnedDraftCanBeWithdrawn() {
        ProcessInstance order = start("OrderSigning", Map.of(OrderVariables.ORDER_KIND, "TERMINATE_PAIR"));
        complete("Task_SignOrder", Map.of(OrderVariables.ORDER_DECISION, OrderVariables.RETURN,
                OrderVariables.ORDER_RETURN_COMMENT, "Не прекращаем"));
        complete("Task_ReworkOrder", Map.of("orderReworkDecision", "withdraw"));

        assertThat(order).isEnded().hasPassed("EndEvent_OrderWithdrawn").hasNotPassed("EndEvent_OrderSigned");
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().count()).isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(order.getId())
                .variableName(OrderVariables.ORDER_SIGNED).singleResult().getValue()).isEqualTo(false);
    }
}
