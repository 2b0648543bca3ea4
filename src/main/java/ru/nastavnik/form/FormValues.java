package ru.nastavnik.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Typed reading of submitted form values, as Tasklist and the REST API deliver them: from the engine's variables,
 * or from one item of a dynamic list (a JSON object).
 */
public final class FormValues {

    private final Function<String, Object> source;
    private final String schoolId;

    public FormValues(VariableScope scope) {
        this.source = scope::getVariable;
        this.schoolId = scope instanceof DelegateTask task ? task.getTenantId()
                : scope instanceof DelegateExecution execution ? execution.getTenantId() : null;
    }

    private FormValues(Function<String, Object> source) {
        this.source = source;
        this.schoolId = null;
    }

    /** The school (tenant id) of the task or execution the values come from; null for a list's item or no school. */
    public String schoolId() {
        return schoolId;
    }

    public Object raw(String key) {
        return source.apply(key);
    }

    /** The items of a dynamic list (form-js "dynamiclist"), each readable like a form of its own; null when not a list. */
    public List<FormValues> items(String key) {
        Object value = raw(key);
        if (value instanceof SpinJsonNode json && json.isArray()) {
            return json.elements().stream().map(item -> new FormValues(name -> jsonValue(item, name))).toList();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(item -> new FormValues(name -> item instanceof Map<?, ?> map ? map.get(name) : null)).toList();
        }
        return null;
    }

    private static Object jsonValue(SpinJsonNode item, String name) {
        if (!item.isObject() || !item.hasProp(name)) {
            return null;
        }
        SpinJsonNode value = item.prop(name);
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isBoolean()) {
            return value.boolValue();
        }
        return value.isNull() ? null : value;
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

    private static final java.util.regex.Pattern DATE_TIME_TAIL =
            java.util.regex.Pattern.compile("T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?");

    static Optional<LocalDate> parseDate(String text) {
        // a datetime field sends "2026-09-22T10:00"; anything else after the date is not a date
        if (text.length() > 10 && !DATE_TIME_TAIL.matcher(text.substring(10)).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
