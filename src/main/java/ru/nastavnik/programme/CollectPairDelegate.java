package ru.nastavnik.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;

/**
 * «Добавить пару к предложенным», after the curator's pair task: adds the pair just entered (if any) to the pairs planned so far, and clears the pair's fields for the next round.
 * «Добавить ещё одну пару» stays until the gateway after the task has read it; the next task's form starts unticked.
 */
@Component("collectPairDelegate")
class CollectPairDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution);
        if (!PlannedPair.isFinishing(form)) {
            PlannedPair.plan(execution, PlannedPair.withCurrent(form));
        }
        for (String field : PlannedPair.FIELDS) {
            execution.removeVariable(field);
        }
    }
}
