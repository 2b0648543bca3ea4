package ru.nastavnik.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Java lists and maps as the engine's JSON variables, which forms (valuesKey, lists) and Cockpit read as JSON. */
public final class JsonVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static JsonValue of(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Value could not be written as JSON", e);
        }
    }

    /**
     * A list or map as an object variable stored as JSON: what a multi-instance collection or a call's input needs.
     * The engine records the value's class to read it back, so lists are stored as plain ArrayLists (not the
     * unmodifiable lists of {@code Stream.toList()}).
     */
    public static ObjectValue object(Object value) {
        Object stored = value instanceof java.util.List<?> list ? new java.util.ArrayList<>(list) : value;
        return Variables.objectValue(stored).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    private JsonVariables() {
    }
}
