package ru.nastavnik.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/** Typed reading of submitted form values, as Tasklist and the REST API deliver them. */
public final class FormValues {

    private final VariableScope scope;

    public FormValues(VariableScope scope) {
        this.scope = scope;
    }

    public Object raw(String key) {
        return scope.getVariable(key);
    }

    public boolean isBlank(String key) {
        Object value = raw(key);
        return value == null
                || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> list && list.isEmpty())
                || (value instanceof SpinJsonNode json && (json.isNull() || (json.isArray() && json.elements().isEmpty())));
    }

    public Optional<String> text(String key) {
        return raw(key) instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }

    /** Dates come from the form as ISO strings (2026-09-01); anything else is absent. */
    public Optional<LocalDate> date(String key) {
        return text(key).flatMap(FormValues::parseDate);
    }

    /** Checklist values come as a JSON array from Tasklist, or as a list from Java callers; null when not a list. */
    public List<String> choices(String key) {
        Object value = raw(key);
        if (value instanceof SpinJsonNode json && json.isArray()) {
            List<String> result = new ArrayList<>();
            for (SpinJsonNode element : json.elements()) {
                result.add(element.isString() ? element.stringValue() : element.toString());
            }
            return result;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return null;
    }

    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
