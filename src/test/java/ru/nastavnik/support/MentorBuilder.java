package ru.nastavnik.support;

import java.time.LocalDate;
import java.util.List;

import ru.nastavnik.registry.Mentor;

/**
 * A bank mentor for unit tests, instead of the record's 20 arguments: entered the bank on 1 September 2026, with no
 * mentees yet; each method sets what a test is about.
 */
public final class MentorBuilder {

    private final String id;
    private String fullName = "ФИО";
    private String competences;
    private List<String> tags = List.of();
    private Integer hoursPerMonth;
    private boolean fromMentee;
    private int currentMentees;

    private MentorBuilder(String id) {
        this.id = id;
    }

    public static MentorBuilder mentor(String id) {
        return new MentorBuilder(id);
    }

    public MentorBuilder named(String fullName) {
        this.fullName = fullName;
        return this;
    }

    public MentorBuilder competences(String competences) {
        this.competences = competences;
        return this;
    }

    public MentorBuilder tags(List<String> tags) {
        this.tags = tags;
        return this;
    }

    public MentorBuilder hoursPerMonth(Integer hours) {
        this.hoursPerMonth = hours;
        return this;
    }

    /** Was a mentee of the programme before. */
    public MentorBuilder fromMentee(boolean fromMentee) {
        this.fromMentee = fromMentee;
        return this;
    }

    /** The mentees in a pair with them now. */
    public MentorBuilder mentees(int currentMentees) {
        this.currentMentees = currentMentees;
        return this;
    }

    public Mentor build() {
        return new Mentor(id, fullName, id + "@school.example", null, null, competences, tags, null, null, null, hoursPerMonth,
                LocalDate.of(2026, 9, 1), null, null, null, null, null, null, fromMentee, currentMentees);
    }
}
