package ru.nastavnik.school;

import ru.nastavnik.identity.Role;

/**
 * A role in a school is a Camunda group of its own ({@code s1-curator}), a member of the school's tenant: candidate
 * groups and tenant memberships never cross schools. The global role group (curator) keeps the permissions.
 */
public final class SchoolGroups {

    private SchoolGroups() {
    }

    public static String groupId(String schoolId, Role role) {
        return schoolId + "-" + role.groupId();
    }

    public static String groupName(School school, Role role) {
        return role.title() + " — " + school.shortName();
    }
}
