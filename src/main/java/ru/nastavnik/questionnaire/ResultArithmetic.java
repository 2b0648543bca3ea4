package ru.nastavnik.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ru.nastavnik.questionnaire.Answers.Sheet;
import ru.nastavnik.questionnaire.QuestionnaireResults.Growth;

/**
 * The figures from answered questionnaires, each read with the version it answered. Satisfied share: of those who
 * answered, the percent whose satisfaction answer is at least the question's satisfiedFrom (4 of 5), rounded half up;
 * nobody answered is no figure. Growth: per person, the mean of the growth questions answered both at entry and at exit.
 */
final class ResultArithmetic {

    private ResultArithmetic() {
    }

    static OptionalInt satisfiedShare(List<Sheet> sheets, Function<String, Questionnaire> versions) {
        int answered = 0;
        int satisfied = 0;
        for (Sheet sheet : sheets) {
            Question question = versions.apply(sheet.versionHash()).satisfactionQuestion().orElse(null);
            OptionalInt value = question == null ? OptionalInt.empty() : number(sheet.answers().get(question.id()));
            if (value.isPresent()) {
                answered++;
                satisfied += value.getAsInt() >= question.satisfiedFrom() ? 1 : 0;
            }
        }
        return answered == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * satisfied / answered));
    }

    static List<Growth> growth(List<Sheet> exits, List<Sheet> entries, Function<String, Questionnaire> versions) {
        Map<String, Sheet> entryOf = new HashMap<>();
        for (Sheet entry : entries) {
            entryOf.put(person(entry), entry);
        }
        List<Growth> growth = new ArrayList<>();
        for (Sheet exit : exits) {
            Sheet entry = entryOf.get(person(exit));
            if (entry == null) {
                continue;
            }
            Set<String> shared = growthQuestions(versions.apply(exit.versionHash()));
            shared.retainAll(growthQuestions(versions.apply(entry.versionHash())));
            shared.removeIf(id -> number(entry.answers().get(id)).isEmpty() || number(exit.answers().get(id)).isEmpty());
            OptionalDouble before = mean(entry, shared);
            OptionalDouble after = mean(exit, shared);
            if (before.isPresent() && after.isPresent()) {
                growth.add(new Growth(exit.pairId(), exit.personId(), exit.role(), before.getAsDouble(), after.getAsDouble()));
            }
        }
        return growth;
    }

    private static String person(Sheet sheet) {
        return sheet.pairId() + "/" + sheet.role() + "/" + sheet.personId();
    }

    private static Set<String> growthQuestions(Questionnaire questionnaire) {
        return questionnaire.growthQuestions().stream().map(Question::id).collect(Collectors.toSet());
    }

    private static OptionalDouble mean(Sheet sheet, Set<String> questions) {
        return questions.stream().mapToInt(id -> number(sheet.answers().get(id)).orElseThrow()).average();
    }

    private static OptionalInt number(List<String> answer) {
        if (answer == null || answer.size() != 1) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(answer.get(0)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
