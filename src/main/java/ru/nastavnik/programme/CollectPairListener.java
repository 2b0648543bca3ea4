package ru.nastavnik.programme;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;

/** Adds the pair just entered (if any) to the pairs planned so far, and clears the form's fields for the next round. */
@Component("collectPairListener")
class CollectPairListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        if (!PlannedPair.isFinishing(form)) {
            PlannedPair.plan(task.getExecution(), PlannedPair.withCurrent(form));
        }
        for (String field : List.of("mentor", "mentees", "months", "mentoringForm", "addAnotherPair")) {
            task.getExecution().removeVariable(field);
        }
    }
}
