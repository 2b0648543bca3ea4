package ru.nastavnik.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.pair.PairOverview;
import ru.nastavnik.programme.ProgrammeVariables;
import ru.nastavnik.programme.SchoolYear;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;
import ru.nastavnik.questionnaire.QuestionnaireResults;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MentorBank;

/**
 * Computes the key figures of a school year from what the school has now: the banks, the pairs, the questionnaires.
 * The school and the year of the target model come from the school's programmes.
 */
@Component
class MonitoringFigures {

    static final String DEFAULT_SCHOOL = "Образовательная организация";

    private final MenteeBank mentees;
    private final MentorBank mentors;
    private final PairOverview pairs;
    private final QuestionnaireResults questionnaires;
    private final HistoryService history;
    private final IdentityService identity;
    private final Clock clock;

    MonitoringFigures(MenteeBank mentees, MentorBank mentors, PairOverview pairs, QuestionnaireResults questionnaires,
                      HistoryService history, IdentityService identity, Clock clock) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.pairs = pairs;
        this.questionnaires = questionnaires;
        this.history = history;
        this.identity = identity;
        this.clock = clock;
    }

    SchoolYear currentYear() {
        return SchoolYear.containing(LocalDate.now(clock));
    }

    KpiSnapshot now(String schoolId) {
        return of(schoolId, currentYear());
    }

    KpiSnapshot of(String schoolId, SchoolYear year) {
        String text = year.toString();
        KpiSnapshot.Sources sources = new KpiSnapshot.Sources(mentees.list(schoolId), mentors.list(schoolId), pairs.pairs(schoolId),
                questionnaires.satisfaction(schoolId, Respondent.MENTEE, text), questionnaires.satisfaction(schoolId, Respondent.MENTOR, text),
                questionnaires.growth(schoolId, text), questionnaires.responses(schoolId, text));
        return KpiSnapshot.of(schoolName(schoolId), year, implementationYear(schoolId, year), sources);
    }

    /** The school's name as its newest programme gives it. */
    String schoolName(String schoolId) {
        return AsSystem.call(identity, () -> programmes(schoolId).stream()
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .flatMap(programme -> variable(programme, ProgrammeVariables.SCHOOL_NAME))
                .orElse(DEFAULT_SCHOOL));
    }

    /** Year 1, 2 or 3 of the target model: counted from the school year of the school's first programme. */
    int implementationYear(String schoolId, SchoolYear year) {
        return AsSystem.call(identity, () -> programmes(schoolId).stream()
                .map(programme -> variable(programme, ProgrammeVariables.SCHOOL_YEAR).flatMap(SchoolYear::parse))
                .flatMap(Optional::stream)
                .mapToInt(SchoolYear::firstYear)
                .filter(first -> first <= year.firstYear())
                .min()
                .stream().map(first -> year.firstYear() - first + 1)
                .findFirst().orElse(1));
    }

    private List<HistoricProcessInstance> programmes(String schoolId) {
        HistoricProcessInstanceQuery programmes = history.createHistoricProcessInstanceQuery().processDefinitionKey(ProgrammeVariables.PROCESS_KEY);
        return (schoolId == null ? programmes.withoutTenantId() : programmes.tenantIdIn(schoolId)).list();
    }

    private Optional<String> variable(HistoricProcessInstance programme, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(programme.getId()).variableName(name).list()
                .stream().map(HistoricVariableInstance::getValue).filter(value -> value != null).map(Object::toString).findFirst();
    }
}
