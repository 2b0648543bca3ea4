package ru.nastavnik.questionnaire;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * nastavnik.questionnaires.*: the folder whose files replace or add to the jar's questionnaires (empty: none), the days
 * after sending when those who have not answered are reminded, and the days a link works before the round closes.
 */
@Component
class QuestionnaireSettings {

    private final String directory;
    private final int reminderDays;
    private final int answerDays;

    QuestionnaireSettings(@Value("${nastavnik.questionnaires.directory:}") String directory,
                          @Value("${nastavnik.questionnaires.reminder-days:7}") int reminderDays,
                          @Value("${nastavnik.questionnaires.answer-days:14}") int answerDays) {
        if (answerDays < 1 || reminderDays < 1 || reminderDays >= answerDays) {
            throw new IllegalStateException("nastavnik.questionnaires: reminder-days (" + reminderDays
                    + ") must be at least 1 and less than answer-days (" + answerDays + ")");
        }
        this.directory = directory;
        this.reminderDays = reminderDays;
        this.answerDays = answerDays;
    }

    Optional<Path> directory() {
        return directory == null || directory.isBlank() ? Optional.empty() : Optional.of(Path.of(directory.strip()));
    }

    int reminderDays() {
        return reminderDays;
    }

    int answerDays() {
        return answerDays;
    }
}
