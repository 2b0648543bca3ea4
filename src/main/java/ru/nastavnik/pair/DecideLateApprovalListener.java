package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.registry.MenteeBank;

/**
 * The director's decision on a missed 30-day deadline (form «mentor-approval-overdue»): allow a later approval with a
 * reason, so the curator may still propose a mentor; or the mentee leaves the bank (no mentor needed).
 */
@Component("decideLateApprovalListener")
class DecideLateApprovalListener implements TaskListener {

    private final MenteeBank mentees;

    DecideLateApprovalListener(MenteeBank mentees) {
        this.mentees = mentees;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String menteeId = (String) task.getVariable(PairVariables.MENTEE_ID);
        if ("allow".equals(form.text("lateApprovalDecision").orElse(""))) {
            mentees.allowLateApproval(menteeId, form.text("lateApprovalReason").orElse(""));
        } else {
            mentees.leaveBank(menteeId);
        }
    }
}
