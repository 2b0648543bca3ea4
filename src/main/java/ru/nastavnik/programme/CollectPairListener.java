package ru.nastavnik.programme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;

/**
 * Adds the pair just entered (if any) to the pairs planned so far, and clears the pair's fields for the next round.
 * «Добавить ещё одну пару» stays until the gateway after the task has read it; the next task's form starts unticked.
 */
@Component("collectPairListener")
class CollectPairListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        if (!PlannedPair.isFinishing(form)) {
            PlannedPair.plan(task.getExecution(), PlannedPair.withCurrent(form));
        }
        for (String field : PlannedPair.FIELDS) {
            task.getExecution().removeVariable(field);
        }
    }
}
