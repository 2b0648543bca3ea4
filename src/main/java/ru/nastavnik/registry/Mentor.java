package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.List;

/** A mentor of the bank; {@code currentMentees} counts the mentees in a pair with them now. */
public record Mentor(String id, String fullName, String email, String phone, String workplace, String competences,
                     List<String> tags, String achievements, String interests, String preferredMenteeProfile,
                     Integer hoursPerMonth, LocalDate entryDate, String mentoringForm, String menteesWorkplace,
                     LocalDate endDate, String results, String caseLink, String userId, boolean fromMentee,
                     int currentMentees) {

    public Mentor {
        tags = List.copyOf(tags);
    }

    public int freePlaces() {
        return MentorCapacity.freePlaces(currentMentees);
    }

    /** «2 из 3» */
    public String load() {
        return MentorCapacity.load(currentMentees);
    }
}
