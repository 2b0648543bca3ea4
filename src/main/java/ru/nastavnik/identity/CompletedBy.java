package ru.nastavnik.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: the signed-in user (Tasklist, REST), or the assignee when the engine is driven without one. */
public final class CompletedBy {

    private CompletedBy() {
    }

    public static String of(IdentityService identity, DelegateTask task) {
        Authentication current = identity.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
