package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.EngineClock;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.ProgrammeSteps;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.identity.Role;

/**
 * The director's picture after a simulated year: the dashboard with each key figure against its target, the pairs,
 * the rating and the cases; the monitoring report and its figures downloaded and opened; who may see it at all.
 */
@NastavnikTest
class DashboardTest {

    @Autowired
    Schools schools;

    private static final ClassData DATA = ClassData.of(DashboardTest.class);

    private final ProcessEngine engine;
    @Autowired
    MonitoringRounds rounds;
    @LocalServerPort
    int port;

    @Autowired
    DashboardTest(ProcessEngine processEngine) {
        this.engine = processEngine;
        BpmnAwareTests.init(processEngine);
    }

    @BeforeEach
    void people() {
        var identity = engine.getIdentityService();
        TestPeople.ensure(identity, school(), "dashdirector", Role.DIRECTOR, "Белова", "Нина Сергеевна");
        TestPeople.ensure(identity, school(), "dashcurator", Role.CURATOR, "Крылова", "Ольга Петровна");
        TestPeople.ensure(identity, school(), "dashmentor", Role.MENTOR, "Сидоров", "Пётр Ильич");
        TestPeople.ensure(identity, school(), "dashmentee", Role.MENTEE, "Новикова", "Алина Игоревна");
    }

    @Test
    void onlyTheDirectorTheCuratorAndTheAdministratorSeeTheDashboard() {
        assertThat(new Http(port).as("dashdirector", TestPeople.password("dashdirector")).getHtml("/dashboard").status()).isEqualTo(200);
        assertThat(new Http(port).as("dashcurator", TestPeople.password("dashcurator")).getHtml("/dashboard").status()).isEqualTo(200);
        Http.Reply mentor = new Http(port).as("dashmentor", TestPeople.password("dashmentor")).getHtml("/dashboard");
        assertThat(mentor.status()).isEqualTo(403);
        assertThat(mentor.body()).contains(DashboardController.FORBIDDEN);
        assertThat(new Http(port).as("dashmentee", TestPeople.password("dashmentee")).get("/dashboard/figures.csv").status()).isEqualTo(403);
        assertThat(new Http(port).download("/dashboard").status()).as("a script without a login").isEqualTo(401);
        assertThat(new Http(port).getHtml("/dashboard").status()).as("a browser goes to the login page").isEqualTo(302);
        assertThat(new Http(port).download("/dashboard/report.docx").status()).isEqualTo(401);
    }

    @Test
    void theDirectorSignedInToTasklistSeesEveryKeyFigureAgainstItsTarget() {
        Http director = new Http(port);
        director.loginToTasklist("dashdirector", TestPeople.password("dashdirector"));

        Http.Reply page = director.getHtml("/dashboard");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Показатели эффективности против целей", "Молодые специалисты в программах",
                "Удовлетворённость наставляемых", "Удовлетворённость наставников", "цель 100", "цель 60", "<svg",
                "Пары по формам наставничества", "Просрочено", "Раунды мониторинга", "Рейтинг наставников", "Банк успешных практик");
        assertThat(page.body()).as("questionnaires are not answered yet").contains("нет данных");
        assertThat(director.get("/dashboard").json().has("youngShare")).as("scripts get JSON").isTrue();
    }

    @Test
    void afterASimulatedYearTheDirectorSeesTheYearAndDownloadsTheReport() throws Exception {
        String run = DATA.owner();
        ProgrammeDriver driver = new ProgrammeDriver(engine, school().id(), DATA.key("programme"));
        ProgrammeSteps steps = new ProgrammeSteps(driver, run);
        PairDriver pairs = new PairDriver(engine, DATA.key("programme"));
        driver.start(DATA.school("Школа панели"), LocalDate.of(2026, 9, 1), Map.of());
        steps.toFormingPairs("dashcurator");
        driver.submit("Task_FormPairs", ProgrammeSteps.pair(steps.mentorA(), 9, "teacherTeacher", true, steps.young1(), steps.young2()));
        driver.submit("Task_FormPairs", ProgrammeSteps.pair(steps.mentorB(), 6, "reverse", false, steps.senior()));
        pairs.consentAll();
        driver.signOrder();
        for (ProcessInstance pair : pairs.pairs()) {
            pairs.meetAll(pair, EngineClock.today());
        }
        driver.at(LocalDateTime.of(2027, 6, 1, 10, 0));
        for (Task task : driver.tasks("Task_SummarizePair")) {
            engine.getFormService().submitTaskForm(task.getId(), new HashMap<>(Map.of("pairSuccessful", "yes", "pairResults", "Программа выполнена")));
        }
        driver.submit("Task_CloseStageFive", new HashMap<>(Map.of("pairWorkSummary", "Все пары завершили работу")));
        driver.submit("Task_CollectFeedback", new HashMap<>(Map.of("reflection", "Рефлексия проведена")));
        driver.submit("Task_FinalEvent", new HashMap<>(Map.of("finalEventDate", "2027-06-05", "successCases", List.of(
                Map.of("caseTitle", "Открытый урок " + run, "caseDescription", "Молодой педагог провёл открытый урок"),
                Map.of("caseTitle", "", "caseDescription", "")))));
        assertThat(engine.getRuntimeService().getVariable(driver.programme().getId(), "successfulCases"))
                .as("the final report prints the listed cases").isEqualTo("Открытый урок " + run + ". Молодой педагог провёл открытый урок");
        driver.executeJob("ServiceTask_CloseProgramme");
        driver.signOrder();

        Http curator = new Http(port).as("dashcurator", TestPeople.password("dashcurator"));
        String round = curator.postJson("/engine-rest/process-definition/key/MonitoringRound/submit-form", "{\"variables\":{}}")
                .json().get("id").asText();
        engine.getFormService().submitTaskForm(task(round, "Task_WriteSwot").getId(), new HashMap<>(Map.of(
                "swotStrengths", "Сильные " + run, "swotWeaknesses", "Слабые", "swotOpportunities", "Возможности", "swotThreats", "Угрозы")));
        engine.getFormService().submitTaskForm(task(round, "Task_ReviewSwot").getId(), new HashMap<>(Map.of("swotDecision", "accept")));
        String roundId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(round)
                .variableName("roundId").singleResult().getValue();

        Http director = new Http(port).as("dashdirector", TestPeople.password("dashdirector"));
        String page = director.getHtml("/dashboard").body();
        assertThat(page).contains("Громов " + run + " Пётр", "Зуева " + run + " Анна", "Завершена", "Открытый урок " + run,
                "Принят директором", "2026/2027", "Педагог — педагог", "Реверсивное");

        Http.Download report = director.download("/dashboard/rounds/" + roundId + "/report.docx");
        assertThat(report.status()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(report.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Отчёт о мониторинге реализации программы наставничества",
                    "Доля молодых специалистов (0–3 года) в программах наставничества", "Удовлетворённость наставляемых",
                    "нет данных", "Сильные " + run, "Рейтинг наставников", "Громов " + run + " Пётр", "Открытый урок " + run);
            assertThat(document.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
        }
        Http.Download xlsx = director.download("/dashboard/rounds/" + roundId + "/figures.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Показатель");
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Доля молодых специалистов (0–3 года) в программах наставничества");
        }
        Http.Download csv = director.download("/dashboard/figures.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFУчебный год;").contains("Показатель;Значение;Цель;Выполнено\r\n", "Удовлетворённость наставников;нет данных;");
        assertThat(director.download("/dashboard/rounds/no-such-round/report.docx").status()).isEqualTo(404);
    }

    private Task task(String instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
