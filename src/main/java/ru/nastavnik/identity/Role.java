package ru.nastavnik.identity;

/** The role groups of a school, as Camunda groups; the names are what users read in Admin and Tasklist. */
public enum Role {

    DIRECTOR("director", "Директор"),
    CURATOR("curator", "Куратор программы наставничества"),
    MENTOR("mentor", "Наставник"),
    MENTEE("mentee", "Наставляемый"),
    METHODOLOGIST("methodologist", "Методист"),
    ADMINISTRATOR("camunda-admin", "Администратор системы");

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
