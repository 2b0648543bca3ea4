package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.programme.ProgrammeVariables;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.Stage1Forms;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;

/** Who gets in, and what each role sees: through the REST API and through Tasklist's own API, as the browser uses it. */
@NastavnikTest
class TasklistAccessTest {

    @Autowired
    Schools schools;

    private static final ClassData DATA = ClassData.of(TasklistAccessTest.class);

    @RegisterExtension
    final ProcessEngineExtension engine;

    @LocalServerPort
    int port;

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;

    @Autowired
    TasklistAccessTest(ProcessEngine processEngine) {
        this.engine = ProcessEngineExtension.builder().useProcessEngine(processEngine);
        this.identity = processEngine.getIdentityService();
        this.runtime = processEngine.getRuntimeService();
        this.tasks = processEngine.getTaskService();
        this.repository = processEngine.getRepositoryService();
    }

    @BeforeEach
    void staff() {
        TestPeople.ensure(identity, school(), "accessdirector", Role.DIRECTOR, "Федотова", "Алла Сергеевна");
        TestPeople.ensure(identity, school(), "accesscurator", Role.CURATOR, "Громова", "Ксения Андреевна");
        TestPeople.ensure(identity, school(), "accessmentor1", Role.MENTOR, "Титов", "Павел Ильич");
        TestPeople.ensure(identity, school(), "accessmentor2", Role.MENTOR, "Юдина", "Вера Олеговна");
        TestPeople.ensure(identity, school(), "accesslocked", Role.MENTOR, "Осипов", "Глеб Романович");
    }

    @Test
    void theRestApiRefusesCallsWithoutValidCredentials() {
        assertThat(new Http(port).as("accesscurator", TestPeople.password("accesscurator")).get("/engine-rest/task").status())
                .isEqualTo(200);
        assertThat(new Http(port).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(new Http(port).get("/engine-rest/process-definition").status()).isEqualTo(401);
        assertThat(new Http(port).as("accesslocked", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(new Http(port).as("nobody", "nothing").get("/engine-rest/deployment").status()).isEqualTo(401);
    }

    @Test
    @Deployment(resources = "bpmn/mentor-task-probe.bpmn")
    void aMentorSeesOnlyTheTasksAssignedToThem() {
        String ownTask = runtime.startProcessInstanceByKey("MentorTaskProbe", TestSchools.in(school(), Map.of("mentor", "accessmentor1"))).getId();
        runtime.startProcessInstanceByKey("MentorTaskProbe", TestSchools.in(school(), Map.of("mentor", "accessmentor2")));

        JsonNode seenByMentor1 = new Http(port).as("accessmentor1", TestPeople.password("accessmentor1"))
                .get("/engine-rest/task?processDefinitionKey=MentorTaskProbe").json();

        assertThat(seenByMentor1).hasSize(1);
        assertThat(seenByMentor1.get(0).get("processInstanceId").asText()).isEqualTo(ownTask);
        assertThat(new Http(port).as("accessmentor1", TestPeople.password("accessmentor1"))
                .get("/engine-rest/process-instance?processDefinitionKey=MentorTaskProbe").json()).isEmpty();
    }

    @Test
    void eachRoleHasItsOwnRussianFilters() {
        assertThat(filterNames("accessdirector")).containsExactlyInAnyOrder("Мои задачи", "Задачи директора");
        assertThat(filterNames("accesscurator")).containsExactlyInAnyOrder("Мои задачи", "Задачи куратора");
        assertThat(filterNames("accessmentor1")).containsExactly("Мои задачи");
    }

    @Test
    void theCuratorLogsIntoTasklistAndWorksOnTheProgrammeWithItsForm() {
        ProcessInstance programme = programmeWithCurator("works", "accesscurator");
        Http browser = new Http(port);

        assertThat(browser.loginToTasklist("accesscurator", TestPeople.password("accesscurator")).status()).isEqualTo(200);
        String curatorFilter = filterId(browser, "Задачи куратора");
        JsonNode listed = browser.postJson("/camunda/api/engine/engine/default/filter/" + curatorFilter + "/list?firstResult=0&maxResults=50",
                "{\"processInstanceId\":\"" + programme.getId() + "\"}").json();
        List<String> names = new ArrayList<>();
        listed.forEach(task -> names.add(task.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder(
                "Создать раздел «Наставничество» на сайте школы",
                "Определить показатели, анализ потребности в обучении, обратную связь и отчётность",
                "Сформировать банк наставляемых",
                "Опубликовать материалы о программе на сайте и в СМИ");

        String sitePageTask = tasks.createTaskQuery().processInstanceId(programme.getId())
                .taskDefinitionKey("Task_CreateSitePage").singleResult().getId();
        JsonNode form = browser.get("/camunda/api/engine/engine/default/task/" + sitePageTask + "/deployed-form").json();
        assertThat(form.get("id").asText()).isEqualTo("create-site-page");
        assertThat(form.toString()).contains("Адрес раздела");
    }

    @Test
    void tasklistShowsTheRussianMessageWhenAFormIsRejected() {
        ProcessInstance programme = programmeWithCurator("rejected", "accesscurator");
        String sitePageTask = tasks.createTaskQuery().processInstanceId(programme.getId())
                .taskDefinitionKey("Task_CreateSitePage").singleResult().getId();
        Http browser = new Http(port);
        browser.loginToTasklist("accesscurator", TestPeople.password("accesscurator"));

        Http.Reply reply = browser.postJson("/camunda/api/engine/engine/default/task/" + sitePageTask + "/submit-form",
                "{\"variables\":{\"sitePageUrl\":{\"value\":\"javascript:alert(1)\"},\"sitePagePublishedDate\":{\"value\":\"2026-09-10\"}}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isEqualTo(
                "Форма не принята. Поле «Адрес раздела» заполнено в неверном формате (Начинается с http:// или https://).");
        assertThat(tasks.createTaskQuery().taskId(sitePageTask).count()).isEqualTo(1);
        assertThat(runtime.getVariable(programme.getId(), "sitePageUrl")).isNull();
    }

    @Test
    void theDirectorDownloadsTheOrderFromHerSigningTaskWithTheTasklistSession() {
        ProgrammeDriver driver = new ProgrammeDriver(engine.getProcessEngine(), school().id(), DATA.key("order-download"));
        driver.start(DATA.school("Школа приказов"), LocalDate.of(2026, 9, 1), Map.of());
        driver.submit("Task_AppointCurator", Stage1Forms.appointCurator("accesscurator"));
        String link = (String) tasks.getVariable(driver.task("Task_SignOrder").getId(), "orderDownloadUrl");
        Http browser = new Http(port);
        browser.loginToTasklist("accessdirector", TestPeople.password("accessdirector"));

        Http.Reply document = browser.get(link);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).startsWith("PK");
        assertThat(new Http(port).get(link).status()).as("a browser without a session goes to the login page").isEqualTo(302);
    }

    @Test
    void theFormsFromTheFormsFolderAreDeployedWithTheProcesses() throws IOException {
        String deployment = repository.createProcessDefinitionQuery().processDefinitionKey(ProgrammeVariables.PROCESS_KEY)
                .latestVersion().singleResult().getDeploymentId();
        List<String> repositoryFiles = new ArrayList<>();
        for (String folder : List.of("processes", "forms")) {
            try (var files = Files.list(Path.of(folder))) {
                files.forEach(file -> repositoryFiles.add(folder + "/" + file.getFileName()));
            }
        }
        assertThat(repositoryFiles).contains("processes/mentoring-programme.bpmn", "forms/appoint-curator.form");
        assertThat(repository.getDeploymentResourceNames(deployment)).containsExactlyInAnyOrderElementsOf(repositoryFiles);
    }

    /** A programme of this class, told apart from the class's others by the name, its curator appointed. */
    private ProcessInstance programmeWithCurator(String name, String curator) {
        ProgrammeDriver driver = new ProgrammeDriver(engine.getProcessEngine(), school().id(), DATA.key(name));
        ProcessInstance programme = driver.start(DATA.school("Школа доступа: " + name), LocalDate.of(2026, 9, 1), Map.of());
        driver.submit("Task_AppointCurator", Stage1Forms.appointCurator(curator));
        driver.signOrder();
        return programme;
    }

    private List<String> filterNames(String user) {
        List<String> names = new ArrayList<>();
        new Http(port).as(user, TestPeople.password(user)).get("/engine-rest/filter?resourceType=Task").json()
                .forEach(filter -> names.add(filter.get("name").asText()));
        return names;
    }

    private static String filterId(Http browser, String name) {
        for (JsonNode filter : browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task").json()) {
            if (filter.get("name").asText().equals(name)) {
                return filter.get("id").asText();
            }
        }
        throw new AssertionError("No filter named " + name);
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
