package ru.nastavnik.programme;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/** The options of a form's select or checklist, put into a task as JSON so the form's {@code valuesKey} finds them. */
final class Options {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Option(String label, String value) { }

    static void put(VariableScope task, String key, List<Option> options) {
        List<Map<String, String>> json = options.stream().map(o -> Map.of("label", o.label(), "value", o.value())).toList();
        try {
            task.setVariableLocal(key, SpinValues.jsonValue(JSON.writeValueAsString(json)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Options could not be written as JSON", e);
        }
    }

    private Options() {
    }
}
