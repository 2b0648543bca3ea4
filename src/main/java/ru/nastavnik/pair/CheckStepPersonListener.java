package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ReadOnlyListener;

/**
 * On completing a consent or feedback task: refuses it when the task is assigned to another person of the pair than
 * the one the process made the step for ({@link StepPerson#checkAssignee}); the service task after it then records
 * the answer of that person.
 */
@Component("checkStepPersonListener")
@ReadOnlyListener
class CheckStepPersonListener implements TaskListener {

    private final StepPerson stepPerson;

    CheckStepPersonListener(StepPerson stepPerson) {
        this.stepPerson = stepPerson;
    }

    @Override
    public void notify(DelegateTask task) {
        stepPerson.checkAssignee(task);
    }
}
