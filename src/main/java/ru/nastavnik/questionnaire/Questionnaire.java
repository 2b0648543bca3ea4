package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/** A questionnaire as its file defines it: for which kinds of rounds and which roles, and its questions in order. */
record Questionnaire(String id, String title, String intro, Set<Kind> kinds, Set<Respondent> roles, List<Question> questions) {

    Questionnaire {
        kinds = Set.copyOf(kinds);
        roles = Set.copyOf(roles);
        questions = List.copyOf(questions);
    }

    boolean isFor(Kind kind, Respondent role) {
        return kinds.contains(kind) && roles.contains(role);
    }

    /** The questions a person of that role is asked in a round of that kind. */
    List<Question> questionsFor(Kind kind, Respondent role) {
        return questions.stream().filter(question -> question.asks(kind, role)).toList();
    }

    Optional<Question> satisfactionQuestion() {
        return questions.stream().filter(question -> question.measure() == Question.Measure.SATISFACTION).findFirst();
    }

    List<Question> growthQuestions() {
        return questions.stream().filter(question -> question.measure() == Question.Measure.GROWTH).toList();
    }
}
