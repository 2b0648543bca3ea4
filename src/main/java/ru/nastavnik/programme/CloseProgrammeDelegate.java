package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.pair.PairOverview;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;
import ru.nastavnik.questionnaire.QuestionnaireResults;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.school.InstanceSchool;

/**
 * Stage 6: closes the programme. The pairs' results are already in the banks (each pair wrote its own, and made
 * successful mentees mentor candidates); this computes the key figures, keeps the final report document, and
 * leaves {@code programmeSummary} for the results order and {@code finalReportUrl} for the people. Satisfaction comes
 * from the satisfaction questionnaires answered by the close-out; the curator's typed figure (a paper survey) counts
 * only for a role nobody answered online.
 */
@Component("closeProgrammeDelegate")
class CloseProgrammeDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CloseProgrammeDelegate.class);

    private final MenteeBank mentees;
    private final MentorBank mentors;
    private final ProgrammeReports reports;
    private final QuestionnaireResults questionnaires;
    private final Clock clock;

    private final PairOverview pairs;

    CloseProgrammeDelegate(MenteeBank mentees, MentorBank mentors, ProgrammeReports reports, QuestionnaireResults questionnaires,
                           Clock clock, PairOverview pairs) {
        this.pairs = pairs;
        this.mentees = mentees;
        this.mentors = mentors;
        this.reports = reports;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String school = (String) execution.getVariable(ProgrammeVariables.SCHOOL_NAME);
        String year = (String) execution.getVariable(ProgrammeVariables.SCHOOL_YEAR);
        String schoolId = InstanceSchool.of(execution);
        ProgrammeKpis kpis = ProgrammeKpis.of(mentees.list(schoolId), mentors.list(schoolId),
                (int) pairs.started(schoolId, execution.getProcessBusinessKey()),
                satisfaction(schoolId, Respondent.MENTEE, year, execution.getVariable("menteeSatisfaction")),
                satisfaction(schoolId, Respondent.MENTOR, year, execution.getVariable("mentorSatisfaction")),
                execution.getVariable("implementationYear") instanceof Number n ? n.intValue() : 1);
        byte[] document = FinalReport.render(school, year, kpis, (String) execution.getVariable("successfulCases"));
        String id = reports.save(execution.getTenantId(), execution.getProcessInstanceId(), school, year, kpis.summary(), document,
                LocalDateTime.now(clock));
        execution.setVariable("programmeSummary", kpis.summary());
        execution.setVariable("youngSpecialistsShare", kpis.youngShare());
        execution.setVariable("finalReportUrl", "/reports/" + id + "?school=" + execution.getTenantId());
        log.info("Programme {} closed: final report {}", execution.getProcessInstanceId(), id);
    }

    /** The questionnaires' figure; the typed one only when nobody of the role answered; null when neither exists. */
    private Integer satisfaction(String schoolId, Respondent role, String year, Object typed) {
        var answered = questionnaires.satisfaction(schoolId, role, year);
        if (answered.isPresent()) {
            return answered.getAsInt();
        }
        return typed instanceof Number number ? number.intValue() : null;
    }
}
