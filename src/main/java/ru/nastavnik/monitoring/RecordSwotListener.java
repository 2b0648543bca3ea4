package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;

/** The curator's SWOT analysis (form «monitoring-swot») goes into the round; the director reviews it next. */
@Component("recordSwotListener")
class RecordSwotListener implements TaskListener {

    private final MonitoringRounds rounds;

    RecordSwotListener(MonitoringRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        rounds.writeSwot((String) task.getVariable(MonitoringVariables.ROUND_ID), new MonitoringRounds.Swot(
                form.text(MonitoringVariables.STRENGTHS).orElse(""), form.text(MonitoringVariables.WEAKNESSES).orElse(""),
                form.text(MonitoringVariables.OPPORTUNITIES).orElse(""), form.text(MonitoringVariables.THREATS).orElse("")));
    }
}
