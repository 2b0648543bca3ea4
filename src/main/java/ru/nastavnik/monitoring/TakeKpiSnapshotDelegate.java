package ru.nastavnik.monitoring;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.school.InstanceSchool;

/**
 * The start of every round: computes the key figures of the current school year, keeps them as the round's numbered
 * snapshot, and puts them in front of the curator (one variable a line of the SWOT form, links to the documents).
 */
@Component("takeKpiSnapshotDelegate")
class TakeKpiSnapshotDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(TakeKpiSnapshotDelegate.class);

    private final MonitoringFigures figures;
    private final MonitoringRounds rounds;
    private final Clock clock;

    TakeKpiSnapshotDelegate(MonitoringFigures figures, MonitoringRounds rounds, Clock clock) {
        this.figures = figures;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MonitoringRounds.Kind kind = MonitoringRounds.Kind.SCHEDULED.name().equals(execution.getVariable(MonitoringVariables.KIND))
                ? MonitoringRounds.Kind.SCHEDULED : MonitoringRounds.Kind.ON_DEMAND;
        String schoolId = InstanceSchool.of(execution);
        KpiSnapshot kpis = figures.now(schoolId);
        MonitoringRounds.Round round = rounds.open(schoolId, execution.getProcessInstanceId(), kind, kpis, LocalDateTime.now(clock));
        execution.setVariable(MonitoringVariables.ROUND_ID, round.id());
        execution.setVariable(MonitoringVariables.ROUND_TITLE, round.title());
        execution.setVariable(MonitoringVariables.SCHOOL_YEAR, kpis.schoolYear());
        execution.setVariable(MonitoringVariables.REPORT_URL, DashboardController.roundPath(round.id()) + "/report.docx?school=" + execution.getTenantId());
        execution.setVariable(MonitoringVariables.CSV_URL, DashboardController.roundPath(round.id()) + "/figures.csv?school=" + execution.getTenantId());
        execution.setVariable(MonitoringVariables.XLSX_URL, DashboardController.roundPath(round.id()) + "/figures.xlsx?school=" + execution.getTenantId());
        execution.setVariable(MonitoringVariables.KPI_YOUNG, KpiSnapshot.percentText(kpis.youngShare()) + " (цель 100 %)");
        String target = " (цель " + kpis.satisfactionTarget() + " %, год реализации " + kpis.implementationYear() + ")";
        execution.setVariable(MonitoringVariables.KPI_MENTEE_SATISFACTION, KpiSnapshot.percentText(kpis.menteeSatisfaction()) + target);
        execution.setVariable(MonitoringVariables.KPI_MENTOR_SATISFACTION, KpiSnapshot.percentText(kpis.mentorSatisfaction()) + target);
        execution.setVariable(MonitoringVariables.KPI_PAIRS, kpis.pairs() + " за год: работают " + kpis.pairsWorking()
                + ", завершены " + kpis.pairsCompleted() + ", продлены " + kpis.pairsExtended()
                + ", прекращены досрочно " + kpis.pairsTerminated());
        execution.setVariable(MonitoringVariables.KPI_FORMS, kpis.pairsByForm().isEmpty() ? KpiSnapshot.NO_DATA
                : kpis.pairsByForm().entrySet().stream().map(e -> e.getKey() + " — " + e.getValue()).collect(Collectors.joining("; ")));
        execution.setVariable(MonitoringVariables.KPI_GROWTH, kpis.growthText());
        execution.setVariable(MonitoringVariables.KPI_RESPONSES, KpiSnapshot.percentText(kpis.responseRate()));
        log.info("Monitoring round {} ({}) of {} took its figures", round.id(), kind, kpis.schoolYear());
    }
}
