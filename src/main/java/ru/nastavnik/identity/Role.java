package ru.nastavnik.identity;

import java.util.List;

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
}
