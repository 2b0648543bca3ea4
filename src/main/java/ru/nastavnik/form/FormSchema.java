package ru.nastavnik.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The constraints a Camunda Form file declares (required, lengths, patterns, fixed choices, dates),
 * checked again on the server because the REST API accepts whatever is posted.
 */
final class FormSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> fields;

    private FormSchema(List<JsonNode> fields) {
        this.fields = fields;
    }

    static FormSchema read(InputStream form) {
        try (form) {
            List<JsonNode> fields = new ArrayList<>();
            collectFields(JSON.readTree(form).path("components"), fields);
            return new FormSchema(fields);
        } catch (IOException e) {
            throw new IllegalStateException("Deployed form is not readable JSON", e);
        }
    }

    /** The variable names a submission of this form may carry: its fields' keys and its dynamic lists' paths. */
    Set<String> variableNames() {
        Set<String> names = new java.util.HashSet<>();
        for (JsonNode field : fields) {
            names.add(field.hasNonNull("key") ? field.get("key").asText() : field.path("path").asText());
        }
        return names;
    }

    /** Keyed fields, and dynamic lists (their items are checked against their own fields); groups are flattened. */
    private static void collectFields(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key") || isDynamicList(component)) {
                into.add(component);
            } else {
                collectFields(component.path("components"), into);
            }
        }
    }

    private static boolean isDynamicList(JsonNode component) {
        return "dynamiclist".equals(component.path("type").asText()) && component.hasNonNull("path");
    }

    List<String> violations(FormValues values) {
        List<String> problems = new ArrayList<>();
        for (JsonNode field : fields) {
            if (isDynamicList(field)) {
                checkList(field, values, problems);
            } else {
                check(field, values, problems);
            }
        }
        return problems;
    }

    private static void checkList(JsonNode list, FormValues values, List<String> problems) {
        String label = list.path("label").asText(list.get("path").asText());
        List<FormValues> items = values.items(list.get("path").asText());
        if (items == null) {
            if (!values.isBlank(list.get("path").asText())) {
                problems.add("В списке «" + label + "» должен быть список записей.");
            }
            return;
        }
        List<JsonNode> itemFields = new ArrayList<>();
        collectFields(list.path("components"), itemFields);
        for (int i = 0; i < items.size(); i++) {
            List<String> itemProblems = new ArrayList<>();
            for (JsonNode field : itemFields) {
                check(field, items.get(i), itemProblems);
            }
            for (String problem : itemProblems) {
                problems.add(label + ", запись " + (i + 1) + ": " + problem);
            }
        }
    }

    private static void check(JsonNode field, FormValues values, List<String> problems) {
        String key = field.get("key").asText();
        String label = label(field);
        JsonNode rules = field.path("validate");
        if (values.isBlank(key)) {
            if (rules.path("required").asBoolean(false)) {
                problems.add("Заполните поле «" + label + "».");
            }
            return;
        }
        Object value = values.raw(key);
        switch (field.path("type").asText()) {
            case "textfield", "textarea" -> checkText(label, value, rules, field, problems);
            case "datetime" -> checkDate(label, value, problems);
            case "select", "radio" -> checkChoice(label, value, field, problems);
            case "checklist", "taglist" -> checkChoices(label, values.choices(key), field, problems);
            case "number" -> checkNumber(label, value, rules, problems);
            case "checkbox" -> {
                if (!(value instanceof Boolean)) {
                    problems.add("Поле «" + label + "» должно быть отмечено или не отмечено.");
                }
            }
            default -> { }
        }
    }

    private static void checkText(String label, Object value, JsonNode rules, JsonNode field, List<String> problems) {
        if (!(value instanceof String text)) {
            problems.add("Поле «" + label + "» должно быть текстом.");
            return;
        }
        if (rules.has("maxLength") && text.length() > rules.get("maxLength").asInt()) {
            problems.add("Поле «" + label + "» длиннее " + rules.get("maxLength").asInt() + " символов.");
        }
        if (rules.has("minLength") && text.strip().length() < rules.get("minLength").asInt()) {
            problems.add("Поле «" + label + "» короче " + rules.get("minLength").asInt() + " символов.");
        }
        if (rules.hasNonNull("pattern") && !matches(rules.get("pattern").asText(), text)) {
            String hint = field.hasNonNull("description") ? " (" + field.get("description").asText() + ")" : "";
            problems.add("Поле «" + label + "» заполнено в неверном формате" + hint + ".");
        }
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("Form pattern is not a valid regular expression: " + pattern, e);
        }
    }

    private static void checkDate(String label, Object value, List<String> problems) {
        if (!(value instanceof String text) || FormValues.parseDate(text).isEmpty()) {
            problems.add("В поле «" + label + "» должна быть дата в формате ГГГГ-ММ-ДД.");
        }
    }

    private static void checkChoice(String label, Object value, JsonNode field, List<String> problems) {
        Set<String> allowed = fixedValues(field);
        if (!(value instanceof String choice)) {
            problems.add("В поле «" + label + "» должно быть выбрано одно значение.");
        } else if (allowed != null && !allowed.contains(choice)) {
            problems.add("В поле «" + label + "» выбрано значение не из списка.");
        }
    }

    private static void checkChoices(String label, List<String> choices, JsonNode field, List<String> problems) {
        Set<String> allowed = fixedValues(field);
        if (choices == null) {
            problems.add("В поле «" + label + "» должен быть список значений.");
        } else if (allowed != null && !allowed.containsAll(choices)) {
            problems.add("В поле «" + label + "» выбраны значения не из списка.");
        }
    }

    private static void checkNumber(String label, Object value, JsonNode rules, List<String> problems) {
        if (!(value instanceof Number number)) {
            problems.add("Поле «" + label + "» должно быть числом.");
            return;
        }
        if (rules.has("min") && number.doubleValue() < rules.get("min").asDouble()) {
            problems.add("Значение поля «" + label + "» меньше " + rules.get("min").asText() + ".");
        }
        if (rules.has("max") && number.doubleValue() > rules.get("max").asDouble()) {
            problems.add("Значение поля «" + label + "» больше " + rules.get("max").asText() + ".");
        }
    }

    /** The static options of a choice field; null when the options come from a variable (valuesKey). */
    private static Set<String> fixedValues(JsonNode field) {
        if (!field.has("values")) {
            return null;
        }
        Set<String> allowed = new HashSet<>();
        field.get("values").forEach(option -> allowed.add(option.path("value").asText()));
        return allowed;
    }

    private static String label(JsonNode field) {
        for (String name : List.of("label", "dateLabel", "timeLabel")) {
            if (field.hasNonNull(name) && !field.get(name).asText().isBlank()) {
                return field.get(name).asText();
            }
        }
        return field.get("key").asText();
    }
}
