package ru.nastavnik.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Java lists and maps as the engine's JSON variables, which forms (valuesKey, lists) and Cockpit read as JSON. */
final class JsonVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonValue of(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Value could not be written as JSON", e);
        }
    }

    private JsonVariables() {
    }
}
