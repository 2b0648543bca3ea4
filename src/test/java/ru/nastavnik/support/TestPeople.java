package ru.nastavnik.support;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolGroups;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
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

    /** A person holding a role in a school: a member of the role's group and of the school's. */
    public static String ensure(IdentityService identity, School school, String login, Role role, String lastName, String firstName) {
        ensure(identity, login, role.groupId(), lastName, firstName);
        String schoolGroup = SchoolGroups.groupId(school.id(), role);
        if (identity.createUserQuery().userId(login).memberOfGroup(schoolGroup).count() == 0) {
            identity.createMembership(login, schoolGroup);
        }
        return login;
    }

    /** Acts as {@code login} in this thread, with their groups and schools (tenants), as a signed-in request does. */
    public static void authenticate(IdentityService identity, String login) {
        List<String> groups = identity.createGroupQuery().groupMember(login).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(login).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        identity.setAuthentication(login, groups, tenants);
    }

    /** Long enough, without the login, not a well-known one: the same for a login every time. */
    public static String password(String login) {
        return "Tq7-" + Integer.toHexString(login.hashCode()) + "-school";
    }
}
