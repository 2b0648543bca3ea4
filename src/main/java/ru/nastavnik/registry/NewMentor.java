package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.List;

/** A mentor to add to the bank, from a form or a row of a file. Optional values may be null; tags without «#». */
public record NewMentor(String fullName, String email, String phone, String workplace, String competences,
                        List<String> tags, String achievements, String interests, String preferredMenteeProfile,
                        Integer hoursPerMonth, LocalDate entryDate) {

    public NewMentor {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
