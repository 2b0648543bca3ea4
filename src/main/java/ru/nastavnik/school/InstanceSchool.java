package ru.nastavnik.school;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The school a process instance works for: its tenant id. An instance without one is a mistake of whoever started it
 * (a start without {@code schoolId}), refused loudly here rather than writing rows that belong to no school.
 */
public final class InstanceSchool {

    /** The start variable naming the school of a new instance (read by the school's TenantIdProvider). */
    public static final String START_VARIABLE = "schoolId";

    private InstanceSchool() {
    }

    /** The school of the execution, the task or (in a timer or expression) whatever scope the engine hands in. */
    public static String of(VariableScope scope) {
        if (scope instanceof DelegateExecution execution) {
            return require(execution.getTenantId(), "instance " + execution.getProcessInstanceId() + ", activity "
                    + execution.getCurrentActivityId());
        }
        if (scope instanceof DelegateTask task) {
            return require(task.getTenantId(), "instance " + task.getProcessInstanceId() + ", task " + task.getTaskDefinitionKey());
        }
        throw new IllegalArgumentException("No school can be read from a " + scope.getClass().getSimpleName());
    }

    /**
     * The school of the instance whose expression the engine evaluates now (an assignee expression such as
     * {@code ${pairPeople.mentor(pair.mentorId)}}, written before instances had schools, so it names none).
     */
    public static String current() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        if (context == null || context.getExecution() == null) {
            throw new IllegalStateException("No process instance is being run here, so no school can be read from it");
        }
        return of(context.getExecution());
    }

    private static String require(String tenantId, String where) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalStateException("This process instance belongs to no school (no tenant id): start it with the "
                    + "variable schoolId, or from an instance of a school (" + where + ")");
        }
        return tenantId;
    }
}
