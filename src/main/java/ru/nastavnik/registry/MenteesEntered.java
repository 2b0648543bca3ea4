package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.List;

/** Published in the transaction that put mentees into a school's bank: each with the last day their mentor may be approved on. */
public record MenteesEntered(String schoolId, List<Entry> mentees) {

    public record Entry(String menteeId, String fullName, LocalDate workStartDate, LocalDate mentorDueBy) { }
}
