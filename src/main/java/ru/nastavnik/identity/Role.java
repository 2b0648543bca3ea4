package ru.nastavnik.identity;

import java.util.List;
import java.util.Optional;

/**
 * The roles, as global Camunda groups that carry the permissions; the names are what users read in Admin and Tasklist.
 * The school roles are also groups of each school (school.SchoolGroups), which is what candidate groups name.
 */
public enum Role {

    DIRECTOR("director", "Директор"),
    CURATOR("curator", "Куратор программы наставничества"),
    MENTOR("mentor", "Наставник"),
    MENTEE("mentee", "Наставляемый"),
    METHODOLOGIST("methodologist", "Методист"),
    ADMINISTRATOR("camunda-admin", "Администратор системы"),
    DISTRICT_ADMINISTRATOR("district-admin", "Администратор района"),
    REGION_ADMINISTRATOR("region-admin", "Администратор региона");

    /** The roles a person holds in a school. */
    public static final List<Role> SCHOOL_ROLES = List.of(DIRECTOR, CURATOR, MENTOR, MENTEE, METHODOLOGIST);

    private final String groupId;
    private final String title;

    Role(String groupId, String title) {
        this.groupId = groupId;
        this.title = title;
    }

    public String groupId() {
        return groupId;
    }

    public String title() {
        return title;
    }

    /** This role's group in a school: {@code s1-curator}. */
    public String inSchool(String schoolId) {
        return schoolId + "-" + groupId;
    }

    /** The school whose role group this is ({@code s1-curator}: s1); empty for any other group. */
    public static Optional<String> schoolOf(String groupId) {
        return SCHOOL_ROLES.stream()
                .filter(role -> groupId.endsWith("-" + role.groupId) && groupId.length() > role.groupId.length() + 1)
                .map(role -> groupId.substring(0, groupId.length() - role.groupId.length() - 1))
                .findFirst();
    }
}
