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
        return role.inSchool(schoolId);
    }

    /**
     * The group of a role in an instance's school, which the engine's tenant id names; an instance of no school (started
     * by the system without one) has the role's global group.
     */
    public static String of(String tenantId, Role role) {
        return tenantId == null ? role.groupId() : groupId(tenantId, role);
    }

    /** The school's group of a role named by its global group id ({@code curator} in school s1: {@code s1-curator}). */
    public static String of(String tenantId, String roleGroupId) {
        return tenantId == null ? roleGroupId : tenantId + "-" + roleGroupId;
    }

    public static String groupName(School school, Role role) {
        return role.title() + " — " + school.shortName();
    }
}
