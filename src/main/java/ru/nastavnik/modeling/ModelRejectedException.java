package ru.nastavnik.modeling;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/** A deployment refused because a model breaks the rules; the message is read by the methodologist, so it is Russian. */
public class ModelRejectedException extends BadUserRequestException {

    private final List<String> problems;

    public ModelRejectedException(List<String> problems) {
        super("Развёртывание отклонено, ничего не сохранено. " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
