package ru.nastavnik.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Checks a submitted questionnaire against the questions of its version, as the server must (the page's own checks are
 * the browser's): required answers, a scale's range, only the offered choices, text length and characters. Either every
 * answer is good, or nothing is taken and each bad field has its Russian reason.
 */
final class AnswerCheck {

    /** What came in: answers by question id (empty lists for unanswered), and the reasons by question id. */
    record Result(Map<String, List<String>> answers, Map<String, String> problems) {

        boolean accepted() {
            return problems.isEmpty();
        }
    }

    private AnswerCheck() {
    }

    static Result check(List<Question> questions, Map<String, String[]> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Question question : questions) {
            List<String> given = given(form.get(question.field()));
            answers.put(question.id(), given);
            String problem = switch (question.type()) {
                case SCALE -> scale(question, given);
                case SINGLE -> single(question, given);
                case MULTIPLE -> multiple(question, given);
                case TEXT -> text(question, given);
            };
            if (problem != null) {
                problems.put(question.id(), problem);
            }
        }
        return new Result(answers, problems);
    }

    private static String scale(Question question, List<String> given) {
        if (given.isEmpty()) {
            return question.required() ? "Выберите оценку от " + question.min() + " до " + question.max() + "." : null;
        }
        if (given.size() > 1) {
            return "Выберите одну оценку.";
        }
        try {
            int value = Integer.parseInt(given.get(0));
            return value >= question.min() && value <= question.max() ? null
                    : "Оценка должна быть от " + question.min() + " до " + question.max() + ".";
        } catch (NumberFormatException e) {
            return "Оценка должна быть числом от " + question.min() + " до " + question.max() + ".";
        }
    }

    private static String single(Question question, List<String> given) {
        if (given.isEmpty()) {
            return question.required() ? "Выберите один из вариантов." : null;
        }
        if (given.size() > 1) {
            return "Выберите только один вариант.";
        }
        return question.option(given.get(0)).isPresent() ? null : "Такого варианта ответа нет: выберите из предложенных.";
    }

    private static String multiple(Question question, List<String> given) {
        if (given.isEmpty()) {
            return question.required() ? "Отметьте хотя бы один вариант." : null;
        }
        return given.stream().allMatch(value -> question.option(value).isPresent()) ? null
                : "Такого варианта ответа нет: выберите из предложенных.";
    }

    private static String text(Question question, List<String> given) {
        if (given.size() > 1) {
            return "Ответ должен быть одним текстом.";
        }
        if (given.isEmpty()) {
            return question.required() ? "Напишите ответ: это обязательный вопрос." : null;
        }
        String text = given.get(0);
        int length = text.codePointCount(0, text.length());
        if (length > question.maxLength()) {
            return "Ответ не длиннее " + question.maxLength() + " знаков, сейчас " + length + ".";
        }
        boolean control = text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t');
        return control ? "В тексте есть непечатаемые символы: уберите их." : null;
    }

    /** The non-blank values of a field, stripped, in order, each once; line breaks as \n. */
    private static List<String> given(String[] values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> given = new LinkedHashSet<>();
        for (String value : values) {
            String text = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
            if (!text.isEmpty()) {
                given.add(text);
            }
        }
        return new ArrayList<>(given);
    }
}
