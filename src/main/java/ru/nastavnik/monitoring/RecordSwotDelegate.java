package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;

/** «Сохранить SWOT-анализ в мониторинге»: the curator's analysis (form «monitoring-swot») goes into the round. */
@Component("recordSwotDelegate")
class RecordSwotDelegate implements JavaDelegate {

    private final MonitoringRounds rounds;

    RecordSwotDelegate(MonitoringRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution);
        rounds.writeSwot(execution.getTenantId(), (String) execution.getVariable(MonitoringVariables.ROUND_ID), new MonitoringRounds.Swot(
                form.text(MonitoringVariables.STRENGTHS).orElse(""), form.text(MonitoringVariables.WEAKNESSES).orElse(""),
                form.text(MonitoringVariables.OPPORTUNITIES).orElse(""), form.text(MonitoringVariables.THREATS).orElse("")));
    }
}
