package ru.nastavnik.questionnaire;

import java.util.List;

/** A questionnaire file that cannot be used: the application does not start with it, and says why in Russian. */
class QuestionnaireFileException extends IllegalStateException {

    QuestionnaireFileException(String file, List<String> problems) {
        super("Анкета " + file + " не принята: " + String.join("; ", problems) + ".");
    }
}
