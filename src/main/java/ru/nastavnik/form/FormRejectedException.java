package ru.nastavnik.form;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/** A form submission that breaks its rules; the message is shown to the user, so it is Russian. */
public class FormRejectedException extends BadUserRequestException {

    private final List<String> problems;

    public FormRejectedException(List<String> problems) {
        super("Форма не принята. " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
