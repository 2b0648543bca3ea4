package ru.nastavnik.registry;

import java.time.LocalDate;

/** A mentee to add to the bank, from a form or a row of a file. Optional values may be null. */
public record NewMentee(String fullName, String email, String phone, Integer birthYear, String mainRequest,
                        String subject, LocalDate workStartDate, Integer experienceYears, LocalDate entryDate) {
}
