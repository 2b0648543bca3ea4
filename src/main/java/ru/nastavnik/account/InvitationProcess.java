package ru.nastavnik.account;

/** processes/account-invitation.bpmn: its key and variables. */
final class InvitationProcess {

    static final String PROCESS_KEY = "AccountInvitation";
    static final String INVITATION_ID = "invitationId";
    /** The school the account was made for: the instance's tenant (school.TenantIdProvider reads it). */
    static final String SCHOOL_ID = "schoolId";

    private InvitationProcess() {
    }
}
