package ru.nastavnik.questionnaire;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.questionnaire.Question.Choice;
import ru.nastavnik.questionnaire.Question.Measure;
import ru.nastavnik.questionnaire.Question.Type;
import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/**
 * Reads a questionnaire file (JSON) and checks it the way the methodologist needs to hear it: every problem a Russian
 * sentence naming the file and the question. A measured scale runs from 1 to 5, so the figures of every version compare.
 */
final class QuestionnaireReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private QuestionnaireReader(String file) {
        this.file = file;
    }

    /** The questionnaire, or an exception listing every problem of the file. */
    static Questionnaire read(String file, String content) {
        QuestionnaireReader reader = new QuestionnaireReader(file);
        Questionnaire questionnaire = reader.parse(content);
        if (!reader.problems.isEmpty()) {
            throw new QuestionnaireFileException(file, reader.problems);
        }
        return questionnaire;
    }

    private Questionnaire parse(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            problems.add("это не JSON: " + e.getOriginalMessage());
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add("ожидался объект JSON с полями id, title, kinds, roles, questions");
            return null;
        }
        String id = id(root, "анкета");
        Set<Kind> kinds = names(root.path("kinds"), Kind.class, "kinds");
        Set<Respondent> roles = names(root.path("roles"), Respondent.class, "roles");
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : root.path("questions")) {
            Question question = question(node);
            if (question != null && !ids.add(question.id())) {
                problems.add("вопрос «" + question.id() + "» встречается дважды");
            }
            if (question != null) {
                questions.add(question);
            }
        }
        if (questions.isEmpty()) {
            problems.add("нет ни одного вопроса (questions)");
        }
        Questionnaire questionnaire = new Questionnaire(id, text(root, "title", "анкета", true), text(root, "intro", "анкета", false),
                kinds, roles, questions);
        checkMeasures(questionnaire);
        return questionnaire;
    }

    private Question question(JsonNode node) {
        String id = id(node, "вопрос");
        String where = "вопрос «" + id + "»";
        Type type = single(node.path("type"), Type.class, where + ": type");
        Measure measure = node.hasNonNull("measure") ? single(node.path("measure"), Measure.class, where + ": measure") : Measure.NONE;
        int min = node.path("min").asInt(1);
        int max = node.path("max").asInt(5);
        List<Choice> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (JsonNode option : node.path("options")) {
            String value = text(option, "value", where, true);
            if (!values.add(value)) {
                problems.add(where + ": вариант «" + value + "» встречается дважды");
            }
            options.add(new Choice(value, text(option, "label", where, true)));
        }
        int maxLength = node.path("maxLength").asInt(Question.TEXT_LIMIT);
        if (type == Type.SCALE && (min < 0 || max > 10 || min >= max)) {
            problems.add(where + ": шкала должна идти от min до max, где 0 ≤ min < max ≤ 10");
        }
        if ((type == Type.SINGLE || type == Type.MULTIPLE) && options.size() < 2) {
            problems.add(where + ": нужно хотя бы два варианта ответа (options)");
        }
        if (type == Type.TEXT && (maxLength < 1 || maxLength > Question.TEXT_LIMIT)) {
            problems.add(where + ": maxLength от 1 до " + Question.TEXT_LIMIT);
        }
        if (measure != Measure.NONE && (type != Type.SCALE || min != 1 || max != 5)) {
            problems.add(where + ": измерять рост или удовлетворённость можно только шкалой от 1 до 5");
        }
        int satisfiedFrom = node.path("satisfiedFrom").asInt(4);
        if (measure == Measure.SATISFACTION && (satisfiedFrom < min || satisfiedFrom > max)) {
            problems.add(where + ": satisfiedFrom должно быть в пределах шкалы");
        }
        return new Question(id, type, text(node, "text", where, true), text(node, "hint", where, false),
                node.path("required").asBoolean(false), min, max, text(node, "minLabel", where, false),
                text(node, "maxLabel", where, false), options, maxLength, measure, satisfiedFrom,
                anyOf(node.path("kinds"), Kind.class, where + ": kinds"), anyOf(node.path("roles"), Respondent.class, where + ": roles"));
    }

    private void checkMeasures(Questionnaire questionnaire) {
        long satisfaction = questionnaire.questions().stream().filter(q -> q.measure() == Measure.SATISFACTION).count();
        if (questionnaire.kinds().contains(Kind.SATISFACTION) && satisfaction != 1) {
            problems.add("анкета удовлетворённости должна содержать ровно один вопрос с \"measure\": \"satisfaction\"");
        }
        if (!questionnaire.kinds().contains(Kind.SATISFACTION) && satisfaction > 0) {
            problems.add("вопрос удовлетворённости (\"measure\": \"satisfaction\") бывает только в анкете SATISFACTION");
        }
        boolean growthKind = questionnaire.kinds().contains(Kind.ENTRY) || questionnaire.kinds().contains(Kind.EXIT);
        if (growthKind && !(questionnaire.kinds().contains(Kind.ENTRY) && questionnaire.kinds().contains(Kind.EXIT))) {
            problems.add("входная и итоговая анкеты — одна анкета (kinds: ENTRY и EXIT), чтобы вопросы о росте совпадали");
        }
        for (Respondent role : questionnaire.roles()) {
            boolean asked = questionnaire.growthQuestions().stream()
                    .anyMatch(q -> q.asks(Kind.ENTRY, role) && q.asks(Kind.EXIT, role) && q.required());
            if (growthKind && !asked) {
                problems.add("для роли " + role + " нет обязательного вопроса о росте (\"measure\": \"growth\"), "
                        + "который задаётся и на входе, и на выходе");
            }
        }
    }

    private String id(JsonNode node, String what) {
        String id = node.path("id").asText("");
        if (!ID.matcher(id).matches()) {
            problems.add(what + ": id «" + id + "» — латинские буквы, цифры, _ и -, начиная с буквы");
        }
        return id;
    }

    private String text(JsonNode node, String field, String where, boolean required) {
        String text = node.path(field).isTextual() ? node.path(field).asText().strip() : null;
        if (required && (text == null || text.isEmpty())) {
            problems.add(where + ": не заполнено поле " + field);
        }
        return text == null || text.isEmpty() ? null : text;
    }

    private <E extends Enum<E>> E single(JsonNode node, Class<E> type, String where) {
        try {
            return Enum.valueOf(type, node.asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": «" + node.asText("") + "» — одно из " + EnumSet.allOf(type).toString().toLowerCase(Locale.ROOT));
            return null;
        }
    }

    private <E extends Enum<E>> Set<E> names(JsonNode node, Class<E> type, String where) {
        Set<E> set = anyOf(node, type, where);
        if (set.isEmpty()) {
            problems.add(where + ": нужен хотя бы один из " + EnumSet.allOf(type));
        }
        return set;
    }

    /** The names listed, possibly none. */
    private <E extends Enum<E>> Set<E> anyOf(JsonNode node, Class<E> type, String where) {
        Set<E> set = EnumSet.noneOf(type);
        for (JsonNode name : node) {
            E value = single(name, type, where);
            if (value != null) {
                set.add(value);
            }
        }
        return set;
    }
}
