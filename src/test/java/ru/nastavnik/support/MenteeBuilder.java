package ru.nastavnik.support;

import java.time.LocalDate;

import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeStatus;

/**
 * A bank mentee for unit tests, instead of the record's 21 arguments: a teacher waiting for a mentor, who started work
 * and entered the bank on 1 September 2026; each method sets what a test is about.
 */
public final class MenteeBuilder {

    private final String id;
    private String fullName = "ФИО";
    private Integer birthYear;
    private String mainRequest;
    private String subject;
    private Integer experienceYears;
    private LocalDate entryDate = LocalDate.of(2026, 9, 1);
    private MenteeStatus status = MenteeStatus.WAITING;
    private String mentorId;
    private boolean completed;

    private MenteeBuilder(String id) {
        this.id = id;
    }

    public static MenteeBuilder mentee(String id) {
        return new MenteeBuilder(id);
    }

    public MenteeBuilder named(String fullName) {
        this.fullName = fullName;
        return this;
    }

    public MenteeBuilder born(Integer birthYear) {
        this.birthYear = birthYear;
        return this;
    }

    /** What the mentee asks a mentor for, and the subject they teach. */
    public MenteeBuilder asking(String mainRequest, String subject) {
        this.mainRequest = mainRequest;
        this.subject = subject;
        return this;
    }

    public MenteeBuilder experience(Integer years) {
        this.experienceYears = years;
        return this;
    }

    public MenteeBuilder status(MenteeStatus status) {
        this.status = status;
        return this;
    }

    public MenteeBuilder mentor(String mentorId) {
        this.mentorId = mentorId;
        return this;
    }

    /** Went through the whole programme. */
    public MenteeBuilder completed(boolean completed) {
        this.completed = completed;
        return this;
    }

    public Mentee build() {
        return new Mentee(id, fullName, id + "@school.example", null, birthYear, mainRequest, subject, LocalDate.of(2026, 9, 1),
                experienceYears, entryDate, status, mentorId, null, null, null, null, null, completed, null, null, null);
    }
}
