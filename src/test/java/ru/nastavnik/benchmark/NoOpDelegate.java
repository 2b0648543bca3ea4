package ru.nastavnik.benchmark;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The bare baseline's service tasks: they do nothing, so the baseline measures the engine alone. */
public class NoOpDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // nothing: the baseline's work is the engine's own
    }
}
