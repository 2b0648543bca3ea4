package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
 * processes/pair-consent.bpmn in memory: the mentor and every mentee give their written consent, each in a task of
 * their own (the curator may act for them); one refusal returns the proposal to the banks and ends the rest.
 */
class PairConsentFlowTest extends InMemoryProcessTest {

    static final PairStandIns.Consents consents = new PairStandIns.Consents();
    static final ProcessBeans beans = new ProcessBeans()
            .recorded("checkFormListener", "checkStepPersonListener", "offerConsentTextListener", "returnProposalDelegate")
            .recorded("recordConsentDelegate", consents::record)
            .api("pairPeople", new PairStandIns.People())
            .api("consentStatus", consents);

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans);

    PairConsentFlowTest() {
        super(beans, "pair-consent");
    }

    @Test
    void theMentorAndEveryMenteeConsentInTasksOfTheirOwn() {
        ProcessInstance proposal = propose("pair-agreed", "mentor-1", "mentee-1", "mentee-2");

        Task mentor = task("Task_MentorConsent");
        assertThat(mentor.getAssignee()).isEqualTo("login-mentor-1");
        assertThat(candidateGroups(mentor)).containsExactly(schoolGroup(Role.CURATOR));
        assertThat(tasks("Task_MenteeConsent")).extracting(Task::getAssignee).containsExactlyInAnyOrder("login-mentee-1", "login-mentee-2");
        assertThat(calledAt("offerConsentTextListener")).as("each sees the consent text")
                .containsExactlyInAnyOrder("Task_MentorConsent", "Task_MenteeConsent", "Task_MenteeConsent");

        complete(mentor, agree());
        tasks("Task_MenteeConsent").forEach(task -> complete(task, agree()));
        runJobs();

        assertThat(proposal).isEnded().hasPassed("EndEvent_ConsentsGiven");
        assertThat(calledAt("recordConsentDelegate")).as("each consent by its own service task").containsExactlyInAnyOrder(
                "ServiceTask_RecordMentorConsent", "ServiceTask_RecordMenteeConsent", "ServiceTask_RecordMenteeConsent");
        assertThat(beans.calls("returnProposalDelegate")).isEmpty();
    }

    @Test
    void aMenteesRefusalReturnsTheProposalAndClosesTheOtherConsents() {
        ProcessInstance proposal = propose("pair-mentee-refused", "mentor-2", "mentee-3", "mentee-4");
        Task first = tasks("Task_MenteeConsent").get(0);

        complete(first, Map.of("consentDecision", "refuse", "consentComment", "Нет времени"));
        runJobs();

        assertThat(proposal).isEnded().hasPassed("ServiceTask_ReturnProposal", "EndEvent_ProposalRefused");
        assertThat(openTaskKeys()).as("nobody else is asked").isEmpty();
        assertThat(beans.calls("returnProposalDelegate")).singleElement()
                .satisfies(call -> assertThat(Pair.of(call.variable("pair")).pairId()).isEqualTo("pair-mentee-refused"));
    }

    @Test
    void theMentorsRefusalReturnsTheProposal() {
        ProcessInstance proposal = propose("pair-mentor-refused", "mentor-3", "mentee-5");

        complete(task("Task_MentorConsent"), Map.of("consentDecision", "refuse", "consentComment", "Перегружен"));

        assertThat(proposal).isEnded().hasPassed("EndEvent_ProposalRefused").hasNotPassed("EndEvent_ConsentsGiven");
        assertThat(openTaskKeys()).isEmpty();
    }

    private ProcessInstance propose(String pairId, String mentorId, String... menteeIds) {
        LocalDate start = NOW.toLocalDate();
        return start("PairConsent", "programme-1", Map.of(PairVariables.PAIR,
                PairStandIns.pair(pairId, mentorId, List.of(menteeIds), start, start.plusMonths(9)), "curator", "curator-1"));
    }

    static Map<String, Object> agree() {
        return Map.of("consentDecision", "agree", "consentComment", "");
    }
}
