package ru.nastavnik.orders;

import ru.nastavnik.common.RussianDates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.spin.json.SpinJsonNode;

/**
 * What an order can say about the school, read leniently from process variables: anything may be missing,
 * dates come as ISO strings, lists as Spin JSON, JSON text or Java lists.
 */
final class OrderFacts {

    record Pair(String mentorName, List<String> menteeNames, Integer months, String form) { }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> variables;
    private final UnaryOperator<String> nameOfUser;
    private final LocalDate orderDate;

    /** nameOfUser turns a Camunda user id into «Фамилия Имя Отчество» (or returns the id when unknown). */
    OrderFacts(Map<String, Object> variables, UnaryOperator<String> nameOfUser, LocalDate orderDate) {
        this.variables = variables;
        this.nameOfUser = nameOfUser;
        this.orderDate = orderDate;
    }

    LocalDate orderDate() {
        return orderDate;
    }

    String schoolName() {
        return text("schoolName").orElse("Общеобразовательная организация");
    }

    String schoolYear() {
        return text("schoolYear").filter(year -> year.matches("\\d{4}/\\d{4}")).orElseGet(() -> {
            int first = orderDate.getMonthValue() >= 8 ? orderDate.getYear() : orderDate.getYear() - 1;
            return first + "/" + (first + 1);
        });
    }

    Optional<String> curatorName() {
        return text("curator").map(nameOfUser);
    }

    Optional<String> text(String name) {
        Object value = variables.get(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof SpinJsonNode json && json.isString() ? json.stringValue() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    Optional<String> date(String name) {
        Object value = variables.get(name);
        if (value instanceof Date date) {
            return Optional.of(RussianDates.format(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate()));
        }
        if (value instanceof LocalDate date) {
            return Optional.of(RussianDates.format(date));
        }
        return text(name).map(text -> {
            try {
                return RussianDates.format(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
            } catch (DateTimeParseException notIso) {
                return text;
            }
        });
    }

    /** A list of names: JSON array, Java list or plain text, joined with commas. */
    Optional<String> names(String name) {
        JsonNode json = json(variables.get(name));
        if (json != null && json.isArray()) {
            List<String> names = new ArrayList<>();
            json.forEach(element -> names.add(element.asText()));
            return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
        }
        return text(name);
    }

    List<Pair> pairs() {
        JsonNode json = json(variables.get("pairs"));
        List<Pair> pairs = new ArrayList<>();
        if (json == null || !json.isArray()) {
            return pairs;
        }
        for (JsonNode pair : json) {
            List<String> mentees = new ArrayList<>();
            JsonNode menteeNames = pair.path("menteeNames");
            if (menteeNames.isArray()) {
                menteeNames.forEach(mentee -> mentees.add(mentee.asText()));
            } else if (menteeNames.isTextual()) {
                mentees.add(menteeNames.asText());
            }
            JsonNode months = pair.path("months");
            pairs.add(new Pair(pair.path("mentorName").asText(""), mentees,
                    months.isNumber() || months.asText().matches("\\d+") ? months.asInt() : null,
                    pair.path("form").asText("")));
        }
        return pairs;
    }

    private static JsonNode json(Object value) {
        try {
            if (value == null) {
                return null;
            }
            if (value instanceof SpinJsonNode spin) {
                return JSON.readTree(spin.toString());
            }
            if (value instanceof String text) {
                return text.strip().startsWith("[") || text.strip().startsWith("{") ? JSON.readTree(text) : null;
            }
            return JSON.valueToTree(value);
        } catch (JsonProcessingException | IllegalArgumentException notJson) {
            return null;
        }
    }
}
