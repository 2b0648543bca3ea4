package ru.nastavnik.registry;

import java.time.LocalDate;

/** A mentee waiting for a mentor. The mentor must be approved within 30 days of the actual start of work. */
public record WaitingMentee(String id, String fullName, String subject, LocalDate workStartDate) {

    public static final int DAYS_TO_APPROVE_MENTOR = 30;

    public LocalDate mentorDueBy() {
        return workStartDate.plusDays(DAYS_TO_APPROVE_MENTOR);
    }
}
