package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ru.nastavnik.support.Rejections.rejectionOf;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolGroups;

/** The monitoring rounds: by themselves in December and June, on demand from Tasklist, the SWOT and its review. */
@NastavnikTest
class MonitoringRoundProcessTest {

    @Autowired
    Schools schools;

    private final ProcessEngine engine;
    @Autowired
    MonitoringRounds rounds;
    @LocalServerPort
    int port;

    @Autowired
    MonitoringRoundProcessTest(ProcessEngine processEngine) {
        this.engine = processEngine;
        BpmnAwareTests.init(processEngine);
    }

    @BeforeEach
    void people() {
        TestPeople.ensure(engine.getIdentityService(), school(), "roundcurator", Role.CURATOR, "Фомина", "Инна Олеговна");
        TestPeople.ensure(engine.getIdentityService(), school(), "rounddirector", Role.DIRECTOR, "Гусев", "Олег Ильич");
        TestPeople.ensure(engine.getIdentityService(), school(), "roundmentor", Role.MENTOR, "Лебедев", "Артём Юрьевич");
    }

    @Test
    void roundsStartByThemselvesAt9OnTheFirstOfDecemberAndOfJune() {
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(MonitoringVariables.SCHEDULE_KEY)
                .timers().singleResult();
        LocalDateTime due = local(timer);
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getMonthValue()).isIn(12, 6);
        assertThat(due.getHour()).isEqualTo(9);
        Set<String> before = roundInstances();

        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
        engine.getManagementService().createJobQuery().processDefinitionKey(MonitoringVariables.SCHEDULE_KEY).executable().list()
                .forEach(schoolRound -> engine.getManagementService().executeJob(schoolRound.getId()));

        ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MonitoringVariables.PROCESS_KEY)
                .tenantIdIn(school().id()).list().stream().filter(instance -> !before.contains(instance.getId())).findFirst().orElseThrow();
        assertThat(round).hasPassed("StartEvent_RoundStarted", "ServiceTask_TakeSnapshot").isWaitingAt("Task_WriteSwot");
        ProcessInstance schedule = engine.getRuntimeService().createProcessInstanceQuery().subProcessInstanceId(round.getId()).singleResult();
        assertThat(schedule).hasPassed("StartEvent_RoundDue").isWaitingAt("CallActivity_ScheduledRound");
        MonitoringRounds.Round stored = rounds.find(school().id(), (String) engine.getRuntimeService().getVariable(round.getId(), "roundId")).orElseThrow();
        assertThat(stored.kind()).isEqualTo(MonitoringRounds.Kind.SCHEDULED);
        assertThat(stored.computedAt()).isEqualTo(due);
        Job next = engine.getManagementService().createJobQuery().processDefinitionKey(MonitoringVariables.SCHEDULE_KEY).timers().singleResult();
        assertThat(local(next)).as("the next round half a year later").isEqualTo(due.plusMonths(6));
    }

    @Test
    void theCuratorStartsARoundFromTasklistAndWritesTheSwotWithTheFiguresInFrontOfThem() {
        Http curator = new Http(port).as("roundcurator", TestPeople.password("roundcurator"));
        Http.Reply started = curator.postJson("/engine-rest/process-definition/key/MonitoringRound/submit-form",
                "{\"variables\":{\"roundReason\":{\"value\":\"Перед педсоветом\",\"type\":\"String\"}}}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().get("id").asText();

        Task swot = task(instance, "Task_WriteSwot");
        Map<String, Object> shown = engine.getTaskService().getVariables(swot.getId());
        assertThat(shown).containsKeys("kpiYoungShare", "kpiMenteeSatisfaction", "kpiMentorSatisfaction", "kpiPairs", "kpiForms",
                "kpiGrowth", "kpiResponses", "reportUrl", "figuresCsvUrl", "figuresXlsxUrl");
        assertThat((String) shown.get("kpiMenteeSatisfaction")).as("no questionnaire answered yet").startsWith("нет данных (цель ");
        assertThat((String) shown.get("kpiYoungShare")).endsWith("(цель 100 %)");
        assertThat(engine.getTaskService().getIdentityLinksForTask(swot.getId())).anyMatch(link -> SchoolGroups.groupId(school().id(), Role.CURATOR).equals(link.getGroupId()));
        assertThat(swot.getDueDate()).as("two weeks for the analysis").isNotNull();
        MonitoringRounds.Round stored = rounds.find(school().id(), (String) shown.get("roundId")).orElseThrow();
        assertThat(stored.kind()).isEqualTo(MonitoringRounds.Kind.ON_DEMAND);
        assertThat(stored.status()).isEqualTo(MonitoringRounds.Status.SWOT_PENDING);
        assertThat(shown.get("roundTitle")).isEqualTo(stored.title());

        assertThat(rejectionOf(() -> engine.getFormService().submitTaskForm(swot.getId(), new HashMap<>(Map.of("swotStrengths", "Есть")))).problems())
                .contains("Заполните поле «Слабые стороны (внутренние, негативные)».");
    }

    @Test
    void theDirectorMayStartARoundToo_aMentorMayNot() {
        Http director = new Http(port).as("rounddirector", TestPeople.password("rounddirector"));
        assertThat(director.postJson("/engine-rest/process-definition/key/MonitoringRound/submit-form", "{\"variables\":{}}").status())
                .isEqualTo(200);
        Http mentor = new Http(port).as("roundmentor", TestPeople.password("roundmentor"));
        assertThat(mentor.postJson("/engine-rest/process-definition/key/MonitoringRound/submit-form", "{\"variables\":{}}").status())
                .isEqualTo(403);
    }

    @Test
    void theDirectorReturnsTheSwotWithACommentAndAcceptsTheSecondDraft() {
        ProcessInstance round = startOnDemand();
        String instance = round.getId();
        engine.getFormService().submitTaskForm(task(instance, "Task_WriteSwot").getId(), swot("Опытные наставники"));
        String roundId = (String) engine.getRuntimeService().getVariable(instance, "roundId");
        assertThat(rounds.find(school().id(), roundId).orElseThrow().status()).isEqualTo(MonitoringRounds.Status.IN_REVIEW);

        Task review = task(instance, "Task_ReviewSwot");
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId())).anyMatch(link -> SchoolGroups.groupId(school().id(), Role.DIRECTOR).equals(link.getGroupId()));
        assertThat(rejectionOf(() -> engine.getFormService().submitTaskForm(review.getId(),
                new HashMap<>(Map.of("swotDecision", "return")))).problems())
                .containsExactly("Напишите куратору, что доработать в SWOT-анализе.");

        engine.getFormService().submitTaskForm(review.getId(), new HashMap<>(Map.of("swotDecision", "return",
                "swotReviewComment", "Добавьте угрозы: текучесть молодых кадров")));
        assertThat(round).hasPassed("Gateway_SwotAccepted").isWaitingAt("Task_WriteSwot");
        MonitoringRounds.Round returned = rounds.find(school().id(), roundId).orElseThrow();
        assertThat(returned.status()).isEqualTo(MonitoringRounds.Status.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Добавьте угрозы: текучесть молодых кадров");
        assertThat(engine.getRuntimeService().getVariable(instance, "swotThreats")).as("the first draft stays in the form").isEqualTo("Нет");

        Map<String, Object> second = swot("Опытные наставники");
        second.put("swotThreats", "Текучесть молодых кадров");
        engine.getFormService().submitTaskForm(task(instance, "Task_WriteSwot").getId(), second);
        engine.getFormService().submitTaskForm(task(instance, "Task_ReviewSwot").getId(), new HashMap<>(Map.of("swotDecision", "accept")));

        assertThat(round).hasPassed("EndEvent_RoundCompleted").isEnded();
        MonitoringRounds.Round accepted = rounds.find(school().id(), roundId).orElseThrow();
        assertThat(accepted.status()).isEqualTo(MonitoringRounds.Status.ACCEPTED);
        assertThat(accepted.swot()).isEqualTo(new MonitoringRounds.Swot("Опытные наставники", "Мало встреч", "Курсы ИРО",
                "Текучесть молодых кадров"));
        assertThat(accepted.reviewedBy()).isNotBlank();
    }

    @Test
    void roundsOfTheSameYearAreNumberedOneAfterAnother() {
        String first = (String) engine.getRuntimeService().getVariable(startOnDemand().getId(), "roundId");
        String second = (String) engine.getRuntimeService().getVariable(startOnDemand().getId(), "roundId");

        assertThat(rounds.find(school().id(), second).orElseThrow().number()).isEqualTo(rounds.find(school().id(), first).orElseThrow().number() + 1);
    }

    private ProcessInstance startOnDemand() {
        engine.getIdentityService().setAuthentication("roundcurator", List.of("curator"));
        try {
            String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(MonitoringVariables.PROCESS_KEY).latestVersion().singleResult().getId();
            return engine.getFormService().submitStartForm(definition, TestSchools.in(school(), Map.of("roundReason", "Проверка")));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static Map<String, Object> swot(String strengths) {
        return new HashMap<>(Map.of("swotStrengths", strengths, "swotWeaknesses", "Мало встреч", "swotOpportunities", "Курсы ИРО",
                "swotThreats", "Нет"));
    }

    private Task task(String instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    private Set<String> roundInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MonitoringVariables.PROCESS_KEY)
                .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    private static LocalDateTime local(Job job) {
        return LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault());
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
