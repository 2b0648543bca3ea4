package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/**
 * One question of a questionnaire file: a scale (min..max), a single or multiple choice of fixed options, or free text
 * up to maxLength. A scale may measure growth (the mean of those, entry against exit) or satisfaction (satisfied from
 * satisfiedFrom up). kinds and roles narrow who is asked; empty means everyone the questionnaire is for.
 */
record Question(String id, Type type, String text, String hint, boolean required, int min, int max, String minLabel,
                String maxLabel, List<Choice> options, int maxLength, Measure measure, int satisfiedFrom, Set<Kind> kinds,
                Set<Respondent> roles) {

    /** The longest free text anyone may send, whatever a file says. */
    static final int TEXT_LIMIT = 2000;

    enum Type { SCALE, SINGLE, MULTIPLE, TEXT }

    enum Measure { NONE, GROWTH, SATISFACTION }

    record Choice(String value, String label) { }

    Question {
        options = List.copyOf(options);
        kinds = Set.copyOf(kinds);
        roles = Set.copyOf(roles);
    }

    boolean asks(Kind kind, Respondent role) {
        return (kinds.isEmpty() || kinds.contains(kind)) && (roles.isEmpty() || roles.contains(role));
    }

    public List<Integer> points() {
        return IntStream.rangeClosed(min, max).boxed().toList();
    }

    Optional<Choice> option(String value) {
        return options.stream().filter(choice -> choice.value().equals(value)).findFirst();
    }

    /** The form field's name: the question id behind a prefix, so no question can shadow the form's own fields. */
    public String field() {
        return "q." + id;
    }
}
