package ru.nastavnik.account;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** «Отправить приглашение» (processes/account-invitation.bpmn): the letter of {@code invitationId}, as a retried job. */
@Component("sendInvitationDelegate")
class SendInvitationDelegate implements JavaDelegate {

    private final InvitationMail mail;

    SendInvitationDelegate(InvitationMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.send((String) execution.getVariable(InvitationProcess.INVITATION_ID));
    }
}
