package ru.nastavnik.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: the signed-in user (Tasklist, REST), or «system» when no person is signed in. */
public final class CompletedBy {

    private CompletedBy() {
    }

    public static String of(IdentityService identity) {
        Authentication current = identity.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return "system";
    }
}
