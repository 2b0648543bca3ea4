package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.nastavnik.orders.OrderSigningBeans;
import ru.nastavnik.pair.PairVariables;
import ru.nastavnik.support.InMemoryProcessEngine;
import ru.nastavnik.support.InMemoryProcessTest;
import ru.nastavnik.support.ProcessBeans;
import ru.nastavnik.identity.Role;

/**
 * processes/pair-formation.bpmn in memory, with the real consent and order models it calls: the curator proposes pairs
 * one by one, the pairs whose people all consent go into one order, the director signs it, the pairs start; when nobody
 * consents the curator proposes again.
 */
class PairFormationFlowTest extends InMemoryProcessTest {

    static final ProcessBeans beans = new PairFormationBeans(NOW.toLocalDate()).addTo(new ProcessBeans());

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans, "PairConsent", "OrderSigning");

    PairFormationFlowTest() {
        super(beans, "pair-formation", "pair-consent", "order-signing");
    }

    @Test
    void thePairsWhosePeopleAllConsentAreFormedByOneSignedOrder() {
        ProcessInstance formation = start("PairFormation", "programme-1", Map.of("curator", "curator-1", "schoolName", "Школа № 1"));

        Task first = task("Task_FormPairs");
        assertThat(first.getAssignee()).isEqualTo("curator-1");
        assertThat(candidateGroups(first)).containsExactly(schoolGroup(Role.CURATOR));
        complete(first, PairFormationBeans.proposal("mentor-1", "mentee-1", true));
        complete("Task_FormPairs", PairFormationBeans.proposal("mentor-2", "mentee-2", false));
        assertThat(calledAt("joinProgrammeDelegate")).as("joined to the school's programme first").containsExactly("ServiceTask_JoinProgramme");
        assertThat(calledAt("collectPairDelegate")).as("each proposal kept by the service task after it")
                .containsExactly("ServiceTask_CollectPair", "ServiceTask_CollectPair");

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("PairConsent").count())
                .as("one consent process per pair").isEqualTo(2);
        for (Task consent : engine.getTaskService().createTaskQuery().taskAssigneeLike("login-%-1").list()) {
            complete(consent, PairFormationBeans.consent(true));
        }
        complete(engine.getTaskService().createTaskQuery().taskAssignee("login-mentor-2").singleResult(),
                Map.of("consentDecision", "refuse", "consentComment", "Не могу"));
        runJobs();

        Task order = task(OrderSigningBeans.SIGN_TASK);
        assertThat(candidateGroups(order)).containsExactly(schoolGroup(Role.DIRECTOR));
        assertThat(beans.calls("issueOrderDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable("orderKind")).isEqualTo("FORM_PAIRS"));
        complete(order, OrderSigningBeans.signed());

        assertThat(formation).isEnded().hasPassed("ServiceTask_ApprovePairs", "ServiceTask_StartPairs", "EndEvent_FormationCompleted")
                .variables().containsEntry("formPairsOrderNumber", "12-о");
        assertThat(beans.calls("approvePairsDelegate")).singleElement().satisfies(call ->
                assertThat(PairFormationBeans.pairIds(call.variable(PairVariables.PAIR_LIST))).as("only the consented pair").containsExactly("pair-mentor-1"));
        assertThat(calledAt("returnProposalDelegate")).as("the refused one went back to the banks").hasSize(1);
    }

    @Test
    void whenNobodyConsentsTheCuratorProposesAgain() {
        ProcessInstance formation = start("PairFormation", "programme-2", Map.of("curator", "curator-2", "schoolName", "Школа № 2"));
        complete("Task_FormPairs", PairFormationBeans.proposal("mentor-3", "mentee-3", false));

        complete(task("Task_MentorConsent"), Map.of("consentDecision", "refuse", "consentComment", "Не могу"));
        runJobs();

        assertThat(formation).hasPassed("ServiceTask_ConsentedPairs").isWaitingAt("Task_FormPairs");
        assertThat(task("Task_FormPairs").getAssignee()).isEqualTo("curator-2");
        assertThat(beans.calls("issueOrderDelegate")).as("no order without pairs").isEmpty();
    }
}
