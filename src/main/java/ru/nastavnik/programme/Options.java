package ru.nastavnik.programme;

import ru.nastavnik.common.JsonVariables;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The options of a form's select or checklist, put into a task as JSON so the form's {@code valuesKey} finds them. */
final class Options {

    record Option(String label, String value) { }

    static void put(VariableScope task, String key, List<Option> options) {
        task.setVariableLocal(key, JsonVariables.of(options.stream().map(o -> Map.of("label", o.label(), "value", o.value())).toList()));
    }

    private Options() {
    }
}
