package ru.nastavnik.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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

/**
 * Version 2 of a small pair-like process renames the plan, adds a meeting after the pause and replaces the report
 * step by a summary; running instances in three states are planned, moved as a batch, and go on with their data.
 */
@NastavnikTest
class MigrationTest {

    @Autowired
    Schools schools;

    private static final String DEPLOYMENT = "migration-test";
    private static final long DAY = 24 * 60 * 60 * 1000L;

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;

    private ProcessDefinition version1;
    private ProcessDefinition version2;
    private String planning;
    private String pausing;
    private String reporting;
    private Date reminderDue;

    @BeforeEach
    void twoVersionsAndThreeRunningPairs() {
        TestPeople.ensure(identity, school(), "migrationmethodologist", Role.METHODOLOGIST, "Орлова", "Дарья Сергеевна");
        TestPeople.ensure(identity, school(), "migrationcurator", Role.CURATOR, "Зуева", "Лидия Петровна");
        version1 = deploy("migration/migration-probe-v1.bpmn");
        reminderDue = new Date(System.currentTimeMillis() + 3 * DAY);

        planning = start("pair-planning");
        pausing = start("pair-pausing");
        complete(pausing, "Task_Plan", "план готов");
        reporting = start("pair-reporting");
        complete(reporting, "Task_Plan", "план готов");
        management.executeJob(timerOf(reporting, "Timer_Pause").getId());

        version2 = deploy("migration/migration-probe-v2.bpmn");
    }

    @AfterEach
    void removeTheProbe() {
        management.createBatchQuery().list().forEach(batch -> management.deleteBatch(batch.getId(), true));
        repository.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void thePlanShowsWhereEachStepGoesAndWhichPairsCannotMoveWithoutMovingAnything() {
        JsonNode plan = asMethodologist().postJson("/api/migration/plan",
                "{\"processKey\":\"MigrationProbe\",\"sourceVersion\":" + version1.getVersion() + "}").json();

        assertThat(plan.path("изВерсии").path("id").asText()).isEqualTo(version1.getId());
        assertThat(plan.path("вВерсию").path("id").asText()).as("the newest version by default").isEqualTo(version2.getId());
        assertThat(texts(plan.path("соответствия"), "из")).containsExactlyInAnyOrder("Task_Plan", "Timer_PlanReminder", "Timer_Pause");
        assertThat(plan.path("соответствия").findValuesAsText("вНазвание")).contains("Составить индивидуальный план");
        assertThat(texts(plan.path("шагиБезСоответствия"), "шаг")).containsExactly("Task_Report");
        assertThat(plan.path("экземпляровВсего").asInt()).isEqualTo(3);
        assertThat(texts(plan.path("можноПеренести"), null)).containsExactlyInAnyOrder(planning, pausing);
        JsonNode blocked = plan.path("нельзяПеренести").get(0);
        assertThat(blocked.path("экземпляр").asText()).isEqualTo(reporting);
        assertThat(blocked.path("бизнесКлюч").asText()).isEqualTo("pair-reporting");
        assertThat(blocked.path("причины").get(0).asText())
                .isEqualTo("«Подвести итоги» (Task_Report): экземпляр стоит на этом шаге, а в новой версии ему нет соответствия (укажите его в mappings)");

        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(version1.getId()).count()).as("a plan moves nothing").isEqualTo(3);
    }

    @Test
    void theRunMovesEveryPairAsABatchAndEachGoesOnWithItsVariablesAndTimers() {
        Job reminder = timerOf(planning, "Timer_PlanReminder");
        Job pause = timerOf(pausing, "Timer_Pause");

        Http.Reply started = asMethodologist().postJson("/api/migration/run", "{\"sourceDefinitionId\":\"" + version1.getId()
                + "\",\"targetDefinitionId\":\"" + version2.getId() + "\",\"mappings\":{\"Task_Report\":\"Task_Summary\"}}");

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().path("переносится").asInt()).isEqualTo(3);
        Batch batch = management.createBatchQuery().batchId(started.json().path("пакет").asText()).singleResult();
        assertThat(batch.getType()).as("visible in Cockpit as a migration batch").isEqualTo(Batch.TYPE_PROCESS_INSTANCE_MIGRATION);
        runBatch(batch);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(version2.getId()).count()).isEqualTo(3);

        // planning: the same task, now of version 2 (the engine keeps the name it was created with), the same reminder
        assertThat(taskOf(planning).getProcessDefinitionId()).isEqualTo(version2.getId());
        assertThat(taskOf(planning).getName()).isEqualTo("Составить план");
        assertThat(timerOf(planning, "Timer_PlanReminder").getId()).isEqualTo(reminder.getId());
        assertThat(timerOf(planning, "Timer_PlanReminder").getDuedate()).isEqualTo(reminder.getDuedate()).isEqualTo(reminderDue);
        assertThat(runtime.getVariable(planning, "planDue")).isEqualTo(reminderDue);
        // pausing: the pause keeps its due date, then the new meeting comes before the summary
        assertThat(timerOf(pausing, "Timer_Pause").getDuedate()).isEqualTo(pause.getDuedate());
        management.executeJob(timerOf(pausing, "Timer_Pause").getId());
        assertThat(taskOf(pausing).getTaskDefinitionKey()).isEqualTo("Task_Meet");
        assertThat(runtime.getVariable(pausing, "note")).isEqualTo("план готов");
        complete(pausing, "Task_Meet", "встреча прошла");
        complete(pausing, "Task_Summary", "итоги подведены");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pausing).completed().count()).isEqualTo(1);
        // reporting: the old report step is now the summary
        assertThat(taskOf(reporting).getTaskDefinitionKey()).isEqualTo("Task_Summary");
        complete(reporting, "Task_Summary", "итоги подведены");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(reporting).completed().count()).isEqualTo(1);
        // and a pair started now starts on version 2
        assertThat(runtime.startProcessInstanceByKey("MigrationProbe", TestSchools.in(school(), Map.of("planDue", reminderDue))).getProcessDefinitionId())
                .isEqualTo(version2.getId());
    }

    @Test
    void onlyTheMethodologistAndTheAdministratorMayMovePairs() {
        String plan = "{\"sourceDefinitionId\":\"" + version1.getId() + "\"}";

        assertThat(new Http(port).postJson("/api/migration/plan", plan).status()).isEqualTo(401);
        Http.Reply curator = new Http(port).as("migrationcurator", TestPeople.password("migrationcurator")).postJson("/api/migration/plan", plan);
        assertThat(curator.status()).isEqualTo(403);
        assertThat(curator.json().path("message").asText()).isEqualTo(MigrationController.FORBIDDEN);
        assertThat(new Http(port).as("migrationcurator", TestPeople.password("migrationcurator")).postJson("/api/migration/run", plan).status())
                .isEqualTo(403);
        assertThat(asMethodologist().postJson("/api/migration/plan", plan).status()).isEqualTo(200);
        assertThat(management.createBatchQuery().count()).isZero();
    }

    private ProcessDefinition deploy(String model) {
        String deploymentId = repository.createDeployment().name(DEPLOYMENT)
                .addClasspathResource(model)
                .addClasspathResource("migration/migration-probe.form")
                .deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    }

    private String start(String businessKey) {
        return runtime.startProcessInstanceByKey("MigrationProbe", businessKey, TestSchools.in(school(), Map.of("planDue", reminderDue))).getId();
    }

    private void complete(String processInstanceId, String step, String note) {
        Task task = taskOf(processInstanceId);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
        tasks.complete(task.getId(), Map.of("note", note));
    }

    private Task taskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    private Job timerOf(String processInstanceId, String timerId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(timerId).singleResult();
    }

    /** What the job executor does with a batch: the seed job creates the migration jobs, the monitor job closes it. */
    private void runBatch(Batch batch) {
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId())) {
            for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
                management.executeJob(job.getId());
            }
        }
    }

    private Http asMethodologist() {
        return new Http(port).as("migrationmethodologist", TestPeople.password("migrationmethodologist"));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(field == null ? node.asText() : node.path(field).asText()));
        return texts;
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
