package ru.nastavnik.programme;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;

/** Adds the pair just entered to the pairs planned so far, and clears the form's fields for the next one. */
@Component("collectPairListener")
class CollectPairListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        List<PlannedPair> all = PlannedPair.withCurrent(new FormValues(task));
        PlannedPair.plan(task.getExecution(), all);
        for (String field : List.of("mentor", "mentees", "months", "mentoringForm")) {
            task.getExecution().removeVariable(field);
        }
    }
}
