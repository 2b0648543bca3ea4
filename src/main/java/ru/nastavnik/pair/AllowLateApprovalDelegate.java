package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.school.InstanceSchool;

/**
 * «Разрешить утверждение наставника после срока»: after the director's decision on a missed 30-day deadline (form
 * «mentor-approval-overdue»), the bank notes the reason, so the curator may still propose a mentor.
 */
@Component("allowLateApprovalDelegate")
class AllowLateApprovalDelegate implements JavaDelegate {

    static final String REASON = "lateApprovalReason";

    private final MenteeBank mentees;

    AllowLateApprovalDelegate(MenteeBank mentees) {
        this.mentees = mentees;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String menteeId = (String) execution.getVariable(PairVariables.MENTEE_ID);
        Object reason = execution.getVariable(REASON);
        mentees.allowLateApproval(InstanceSchool.of(execution), menteeId, reason == null ? "" : reason.toString().strip());
    }
}
