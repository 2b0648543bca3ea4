package ru.nastavnik.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The person the engine is serving on this thread (REST, Tasklist), as the engine's authentication says. */
@Component
public class SignedInPerson {

    private final IdentityService identity;

    SignedInPerson(IdentityService identity) {
        this.identity = identity;
    }

    /** Whether this login is the signed-in person's own. */
    public boolean is(String userId) {
        Authentication current = identity.getCurrentAuthentication();
        return userId != null && current != null && userId.equals(current.getUserId());
    }

    public boolean isAdministrator() {
        return hasRole(Role.ADMINISTRATOR);
    }

    public boolean hasRole(Role role) {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getGroupIds() != null && current.getGroupIds().contains(role.groupId());
    }
}
