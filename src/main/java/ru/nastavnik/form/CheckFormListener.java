package ru.nastavnik.form;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.Refused;
import ru.nastavnik.modeling.ReadOnlyListener;

/**
 * Checks a submitted form before the engine accepts it: on a user task's {@code complete}
 * and on a start event's {@code start}. A rejected form rolls the whole submission back.
 */
@Component("checkFormListener")
@ReadOnlyListener
class CheckFormListener implements TaskListener, ExecutionListener {

    private final FormService formService;
    private final FormRuleIndex rules;

    CheckFormListener(FormService formService, FormRuleIndex rules) {
        this.formService = formService;
        this.rules = rules;
    }

    @Override
    public void notify(DelegateTask task) {
        String formId = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
        check(formId, formService.getDeployedTaskForm(task.getId()), task);
    }

    @Override
    public void notify(DelegateExecution execution) {
        String formId = ((StartEvent) execution.getBpmnModelElementInstance()).getCamundaFormRef();
        check(formId, formService.getDeployedStartForm(execution.getProcessDefinitionId()), execution);
    }

    private void check(String formId, InputStream deployedForm, VariableScope variables) {
        FormValues values = new FormValues(variables);
        List<String> problems = new ArrayList<>(FormSchema.read(deployedForm).violations(values));
        if (problems.isEmpty()) {
            for (FormRule rule : rules.rulesOf(formId)) {
                problems.addAll(rule.check(values));
            }
        }
        if (!problems.isEmpty()) {
            throw Refused.form(problems);
        }
    }
}
