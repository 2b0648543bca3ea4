package ru.nastavnik.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** People of the tests' school, created once in the shared context: password = login + "-pass". */
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

    public static String password(String login) {
        return login + "-pass";
    }
}
