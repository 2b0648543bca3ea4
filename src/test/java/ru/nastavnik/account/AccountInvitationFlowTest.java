package ru.nastavnik.account;

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

/** processes/account-invitation.bpmn in memory: the letter leaves in a job of its own, after the account was saved. */
class AccountInvitationFlowTest extends InMemoryProcessTest {

    static final ProcessBeans beans = new ProcessBeans().recorded("sendInvitationDelegate");

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans);

    AccountInvitationFlowTest() {
        super(beans, "account-invitation");
    }

    @Test
    void theInvitationIsSentInAJobOfItsOwnAfterTheAccountIsSaved() {
        ProcessInstance invitation = start(InvitationProcess.PROCESS_KEY, "invitation-1",
                Map.of(InvitationProcess.INVITATION_ID, "invitation-1", InvitationProcess.SCHOOL_ID, "s1"));

        assertThat(invitation).isWaitingAt("ServiceTask_SendInvitation");
        assertThat(beans.calls()).as("nothing is sent in the transaction that made the account").isEmpty();
        runJobs();

        assertThat(beans.calls("sendInvitationDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable(InvitationProcess.INVITATION_ID)).isEqualTo("invitation-1"));
        assertThat(invitation).isEnded().hasPassed("EndEvent_InvitationSent");
    }
}
