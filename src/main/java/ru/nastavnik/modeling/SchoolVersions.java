package ru.nastavnik.modeling;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.springframework.stereotype.Component;

import ru.nastavnik.school.InstanceSchool;

/**
 * Which version of a model a school's instance runs: the school's own, when a methodologist deployed one for it (a
 * tenant deployment), else the shared one. The engine itself looks a called process up by the caller's definition,
 * which is shared, so it would never find a school's own version: every call activity names it by
 * {@code camunda:calledElementTenantId="${schoolVersions.called(execution)}"} (ModelRules demands it), and code that
 * starts a process by key starts it here.
 * Bean {@code schoolVersions}, used in the models' call activities.
 */
@Component("schoolVersions")
@ProcessApi
public class SchoolVersions {

    public static final String CALLED_TENANT = "${schoolVersions.called(execution)}";

    private final RepositoryService repository;
    private final RuntimeService runtime;

    public SchoolVersions(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /** The tenant of the process this call activity calls: the instance's school if it has its own version, else none. */
    public String called(DelegateExecution execution) {
        if (!(execution.getBpmnModelElementInstance() instanceof CallActivity call)) {
            throw new IllegalStateException("schoolVersions.called is for call activities, not "
                    + execution.getCurrentActivityId());
        }
        // a timer-started instance of no school names each called school by the variable schoolId (monitoring's schedule)
        String school = execution.getTenantId() != null ? execution.getTenantId()
                : execution.getVariable(InstanceSchool.START_VARIABLE) instanceof String named ? named : null;
        return ownVersion(call.getCalledElement(), school) ? school : null;
    }

    /** Starts the school's version of the process (its own, else the shared one) in that school. */
    public ProcessInstance start(String key, String businessKey, String schoolId, Map<String, Object> variables) {
        ProcessInstantiationBuilder start = runtime.createProcessInstanceByKey(key).businessKey(businessKey).setVariables(variables);
        if (ownVersion(key, schoolId)) {
            start.processDefinitionTenantId(schoolId);
        } else {
            start.processDefinitionWithoutTenantId();
        }
        return start.execute();
    }

    private boolean ownVersion(String key, String schoolId) {
        return schoolId != null && repository.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn(schoolId)
                .count() > 0;
    }
}
