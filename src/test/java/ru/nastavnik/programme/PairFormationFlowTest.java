package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.orders.OrderSigningBeans;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.pair.PairStandIns;
import ru.nastavnik.pair.PairVariables;
import ru.nastavnik.support.InMemoryProcessEngine;
import ru.nastavnik.support.InMemoryProcessTest;
import ru.nastavnik.support.ProcessBeans;

/**
 * processes/pair-formation.bpmn in memory, with the real consent and order models it calls: the curator proposes pairs
 * one by one, the pairs whose people all consent go into one order, the director signs it, the pairs start; when nobody
 * consents the curator proposes again.
 */
class PairFormationFlowTest extends InMemoryProcessTest {

    static final List<Map<String, Object>> planned = new ArrayList<>();
    static final PairStandIns.Consents consents = new PairStandIns.Consents();
    static final ProcessBeans beans = OrderSigningBeans.addTo(new ProcessBeans())
            .recorded("joinProgrammeListener", "offerPairCandidatesListener", "approvePairsDelegate", "startPairsDelegate",
                    "offerConsentTextListener", "returnProposalDelegate")
            .recorded("collectPairListener", PairFormationFlowTest::plan)
            .recorded("registerPairsDelegate", execution -> {
                execution.setVariable(PairVariables.PAIR_LIST, JsonVariables.object(List.copyOf(planned)));
                planned.clear();
            })
            .recorded("consentedPairsDelegate", PairFormationFlowTest::keepConsented)
            .recorded("recordConsentListener", consents::record)
            .api("pairPeople", new PairStandIns.People())
            .api("consentStatus", consents);

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
        assertThat(candidateGroups(first)).containsExactly("curator");
        complete(first, proposal("mentor-1", "mentee-1", true));
        complete("Task_FormPairs", proposal("mentor-2", "mentee-2", false));

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("PairConsent").count())
                .as("one consent process per pair").isEqualTo(2);
        for (Task consent : engine.getTaskService().createTaskQuery().taskAssigneeLike("login-%-1").list()) {
            complete(consent, Map.of("consentDecision", "agree", "consentComment", ""));
        }
        complete(engine.getTaskService().createTaskQuery().taskAssignee("login-mentor-2").singleResult(),
                Map.of("consentDecision", "refuse", "consentComment", "Не могу"));
        runJobs();

        Task order = task(OrderSigningBeans.SIGN_TASK);
        assertThat(candidateGroups(order)).containsExactly("director");
        assertThat(beans.calls("issueOrderDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable("orderKind")).isEqualTo("FORM_PAIRS"));
        complete(order, OrderSigningBeans.signed());

        assertThat(formation).isEnded().hasPassed("ServiceTask_ApprovePairs", "ServiceTask_StartPairs", "EndEvent_FormationCompleted")
                .variables().containsEntry("formPairsOrderNumber", "12-о");
        assertThat(beans.calls("approvePairsDelegate")).singleElement().satisfies(call ->
                assertThat(pairIds(call.variable(PairVariables.PAIR_LIST))).as("only the consented pair").containsExactly("pair-mentor-1"));
        assertThat(calledAt("returnProposalDelegate")).as("the refused one went back to the banks").hasSize(1);
    }

    @Test
    void whenNobodyConsentsTheCuratorProposesAgain() {
        ProcessInstance formation = start("PairFormation", "programme-2", Map.of("curator", "curator-2", "schoolName", "Школа № 2"));
        complete("Task_FormPairs", proposal("mentor-3", "mentee-3", false));

        complete(task("Task_MentorConsent"), Map.of("consentDecision", "refuse", "consentComment", "Не могу"));
        runJobs();

        assertThat(formation).hasPassed("ServiceTask_ConsentedPairs").isWaitingAt("Task_FormPairs");
        assertThat(task("Task_FormPairs").getAssignee()).isEqualTo("curator-2");
        assertThat(beans.calls("issueOrderDelegate")).as("no order without pairs").isEmpty();
    }

    private static Map<String, Object> proposal(String mentor, String mentee, boolean another) {
        return Map.of("mentor", mentor, "mentees", List.of(mentee), "months", 9, "mentoringForm", "teacher-teacher",
                "addAnotherPair", another);
    }

    @SuppressWarnings("unchecked")
    private static void plan(VariableScope task) {
        String mentor = (String) task.getVariable("mentor");
        planned.add(PairStandIns.pair("pair-" + mentor, mentor, (List<String>) task.getVariable("mentees"),
                NOW.toLocalDate(), NOW.toLocalDate().plusMonths(9)));
    }

    private static void keepConsented(VariableScope execution) {
        List<Object> consented = ((List<?>) execution.getVariable(PairVariables.PAIR_LIST)).stream()
                .filter(pair -> consents.allAgreed(Pair.of(pair))).map(pair -> (Object) pair).toList();
        execution.setVariable(PairVariables.PAIR_LIST, JsonVariables.object(consented));
        execution.setVariable("consentedPairCount", consented.size());
    }

    private static List<String> pairIds(Object pairList) {
        return ((List<?>) pairList).stream().map(pair -> Pair.of(pair).pairId()).toList();
    }
}
