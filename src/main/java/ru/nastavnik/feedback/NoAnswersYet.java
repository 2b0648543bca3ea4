package ru.nastavnik.feedback;

import java.util.List;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

/** Until questionnaires are sent, nobody has answered anything. */
@Component
class NoAnswersYet implements QuestionnaireResults {

    @Override
    public OptionalInt satisfaction(Respondent role, String schoolYear) {
        return OptionalInt.empty();
    }

    @Override
    public List<Growth> growth(String schoolYear) {
        return List.of();
    }

    @Override
    public List<Response> responses(String schoolYear) {
        return List.of();
    }
}
