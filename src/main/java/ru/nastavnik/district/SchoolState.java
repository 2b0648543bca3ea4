package ru.nastavnik.district;

import ru.nastavnik.school.School;

/** How a school of the district stands: its director, its programme's stage, its banks and pairs. */
record SchoolState(School school, String timeZone, String director, String stage, int mentees, int mentors, int pairs,
                   int signedOrders) {

    static final String NOT_STARTED = "программа не начата";

    boolean started() {
        return !NOT_STARTED.equals(stage);
    }
}
