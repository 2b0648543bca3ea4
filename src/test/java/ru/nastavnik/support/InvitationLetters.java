package ru.nastavnik.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/** The jobs of a person's invitation letters (processes/account-invitation.bpmn), run as the job executor would. */
public final class InvitationLetters {

    private InvitationLetters() {
    }

    public static void send(ProcessEngine engine, JdbcTemplate jdbc, String login) {
        for (String id : jdbc.queryForList("select id from nst_account_invitation where user_id = ?", String.class, login)) {
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).list().forEach(instance ->
                    engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list()
                            .forEach(job -> engine.getManagementService().executeJob(job.getId())));
        }
    }
}
