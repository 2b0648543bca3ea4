package ru.nastavnik.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** People of the tests' school, created once in the shared context, with a password the password policy accepts. */
public final class TestPeople {

    private TestPeople() {
    }

    public static String ensure(IdentityService identity, String login, String groupId, String lastName, String firstName) {
        if (identity.createUserQuery().userId(login).count() == 0) {
            User user = identity.newUser(login);
            user.setLastName(lastName);
            user.setFirstName(firstName);
            user.setEmail(login + "@test-school.example");
            user.setPassword(password(login));
            identity.saveUser(user);
            identity.createMembership(login, groupId);
        }
        return login;
    }

    /** Long enough, without the login, not a well-known one: the same for a login every time. */
    public static String password(String login) {
        return "Tq7-" + Integer.toHexString(login.hashCode()) + "-school";
    }
}
