package ru.nastavnik.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.nastavnik.support.ProgrammeSteps.pair;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import jakarta.mail.internet.MimeMessage;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.support.Browser;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.ProgrammeSteps;
import ru.nastavnik.support.QuestionnaireFixture;
import ru.nastavnik.support.QuestionnaireJobs;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;

/**
 * Markup typed wherever a person can type (the school's name, a mentee's name in a bank file, the director's comment
 * returning an order, a SWOT analysis and its review, a termination's reason, an absence's comment, a meeting's topic, a
 * questionnaire answer) is stored as typed and shown as text wherever it is shown: our pages, the mail, the DOCX
 * documents and Tasklist's forms in a real browser, where no script runs.
 */
@NastavnikTest
class HtmlIsShownAsTextTest {

    @Autowired
    Schools schools;

    static final String MARKUP = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\"><b>жирный</b>";
    /** The same as an HTML page must carry it (Thymeleaf's th:text). */
    static final String ESCAPED = "&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;"
            + "&lt;b&gt;жирный&lt;/b&gt;";
    private static final String CURATOR = "xsscurator";
    private static final String DIRECTOR = "xssdirector";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final String run = java.util.UUID.randomUUID().toString().substring(0, 8);

    @Test
    void markupTypedAnywhereIsStoredAsTypedAndShownAsTextEverywhere() throws Exception {
        TestPeople.ensure(engine.getIdentityService(), school(), DIRECTOR, Role.DIRECTOR, "Жукова", "Ольга Ивановна");
        TestPeople.ensure(engine.getIdentityService(), school(), CURATOR, Role.CURATOR, "Карпова", "Анна Петровна");
        ProgrammeDriver driver = new ProgrammeDriver(engine, school().id(), "xss-" + run);
        ProgrammeSteps steps = new ProgrammeSteps(driver, run);
        PairDriver pairs = new PairDriver(engine, "xss-" + run);
        String school = "Школа " + run + " " + MARKUP;
        String menteeName = "Ёжикова " + run + " " + MARKUP;
        String menteeEmail = steps.email("ezhikova");
        driver.start(school, LocalDate.of(2026, 9, 1), Map.of());
        steps.toFormingPairs(CURATOR);
        driver.at(LocalDate.of(2026, 9, 15).atTime(10, 0));
        TestMailServer.purge();

        // a bank file names the mentee with markup; the curator proposes her a mentor
        Http.Reply imported = curator().upload("/registry/mentees/import", "mentees.csv", ("ФИО;Email;Дата начала работы\n"
                + menteeName + ";" + menteeEmail + ";01.09.2026\n").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).as(imported.body()).isEqualTo(1);
                String mentee = jdbc.queryForObject("select id from nst_mentee where email = ?", String.class, menteeEmail);
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, mentee));

        try (Browser browser = new Browser(port)) {
            browser.logIntoTasklist(CURATOR, TestPeople.password(CURATOR));
            browser.waitForText("Мои задачи");

            // Tasklist: the consent form names the mentee (a text field of the form, markdown filled from a variable)
            Task consent = pairs.tasks("Task_MenteeConsent").stream()
                    .filter(task -> String.valueOf(engine.getTaskService().getVariable(task.getId(), "pair")).contains(mentee))
                    .findFirst().orElseThrow();
            shownAsTextInTasklist(browser, consent, "Письменное согласие", "Ёжикова " + run);
            pairs.consentAll();

            // the director returns the order with a comment in markup: the curator's rework form shows it
            driver.at(LocalDate.of(2026, 9, 20).atTime(10, 0));
            driver.submit("Task_SignOrder", new HashMap<>(Map.of("orderDecision", "return", "orderReturnComment", MARKUP)));
            shownAsTextInTasklist(browser, driver.task("Task_ReworkOrder"), "Доработка проекта приказа", "Директор вернул проект приказа");
            driver.submit("Task_ReworkOrder", new HashMap<>(Map.of("orderReworkDecision", "rework", "orderRework", MARKUP)));
            driver.signOrder();

            // a monitoring round: the SWOT in markup, returned by the director with a comment in markup
            Http.Reply started = curator().postJson("/engine-rest/process-definition/key/MonitoringRound/submit-form",
                    "{\"variables\":{\"roundReason\":{\"value\":\"Проверка разметки\",\"type\":\"String\"}}}");
            assertThat(started.status()).as(started.body()).isEqualTo(200);
            String round = started.json().path("id").asText();
            engine.getFormService().submitTaskForm(taskOf(round, "Task_WriteSwot").getId(), new HashMap<>(Map.of("swotStrengths", MARKUP,
                    "swotWeaknesses", "Мало встреч", "swotOpportunities", "Курсы ИРО", "swotThreats", "Нет")));
            engine.getFormService().submitTaskForm(taskOf(round, "Task_ReviewSwot").getId(), new HashMap<>(Map.of("swotDecision", "return",
                    "swotReviewComment", MARKUP)));
            // the curator's form shows the director's comment, and her first draft in its field
            shownAsTextInTasklist(browser, taskOf(round, "Task_WriteSwot"), "SWOT-анализ", "Директор вернул анализ на доработку");
            String roundId = (String) engine.getRuntimeService().getVariable(round, "roundId");

            // the pair works: its entry questionnaire, a meeting, an absence, then a request to end it early
            ProcessInstance pair = pairs.pairs().get(0);
            String pairId = (String) engine.getRuntimeService().getVariable(pair.getId(), "pairId");
            QuestionnaireJobs.sendIn(engine, pair.getId());
            pairs.meeting(pair, "Task_AcquaintanceMeeting", LocalDate.of(2026, 9, 22), Map.of("meetingTopic", MARKUP, "meetingOutcome", MARKUP));
            driver.at(LocalDate.of(2026, 9, 25).atTime(10, 0));
            Http.Reply absence = curator().postForm("/pairs/" + pairId + "/absence", Map.of("who", "mentor", "reason", "OTHER",
                    "firstDay", "2026-10-05", "lastDay", "2026-10-09", "comment", MARKUP));
            assertThat(absence.status()).as(absence.body()).isEqualTo(200);

            // mail: the letter with the mentee's link greets her by name, escaped in the HTML part
            List<MimeMessage> letters = TestMailServer.receivedBy(menteeEmail);
            assertThat(letters).hasSize(1);
            String html = TestMailServer.html(letters.get(0));
            assertThat(html).as("the letter's HTML").contains("Здравствуйте, <span>Ёжикова " + run + " " + ESCAPED);
            shownAsText(html, "the letter's HTML");
            assertThat(TestMailServer.text(letters.get(0))).as("the plain-text part, as typed").contains(menteeName);

            // the questionnaire page greets her as text, and her answer in markup is stored as typed
            String link = QuestionnaireFixture.linksTo(menteeEmail).get(0);
            Http anonymous = new Http(port);
            String questionnaire = anonymous.getHtml(link).body();
            shownAsText(questionnaire, "the questionnaire page");
            List<Map.Entry<String, String>> answers = new java.util.ArrayList<>(QuestionnaireFixture.menteeEntryAnswers(
                    QuestionnaireFixture.nonce(questionnaire), 4));
            answers.removeIf(field -> field.getKey().equals("q.expectations"));
            answers.add(Map.entry("q.expectations", MARKUP));
            assertThat(anonymous.postPage(link, answers, anonymous.base()).status()).isEqualTo(200);
            assertThat(jdbc.queryForList("select a.answer from nst_questionnaire_answer a join nst_questionnaire_invitation i "
                    + "on i.id = a.invitation_id join nst_mentee m on m.id = i.person_id where m.email = ? and a.question_id = 'expectations'",
                    String.class, menteeEmail)).containsExactly(MARKUP);
            assertThat(jdbc.queryForList("select topic || '|' || outcome from nst_meeting where pair_id = ?", String.class, pairId))
                    .containsExactly(MARKUP + "|" + MARKUP);
            assertThat(jdbc.queryForList("select comment from nst_absence where pair_id = ?", String.class, pairId)).containsExactly(MARKUP);

            Http.Reply termination = curator().postForm("/pairs/" + pairId + "/termination", Map.of("reason", "OTHER", "comment", MARKUP));
            assertThat(termination.status()).as(termination.body()).isEqualTo(200);

            // our pages
            for (String page : List.of("/registry", "/pairs", "/dashboard", "/orders")) {
                Http.Reply reply = director().getHtml(page);
                assertThat(reply.status()).as(page).isEqualTo(200);
                shownAsText(reply.body(), page);
                assertThat(reply.body()).as(page).contains(ESCAPED);
            }
            assertThat(director().getHtml("/registry").body()).contains("Ёжикова " + run + " " + ESCAPED);
            assertThat(director().getHtml("/pairs").body()).contains("Ёжикова " + run + " " + ESCAPED);
            assertThat(director().getHtml("/orders").body()).contains("Школа " + run + " " + ESCAPED);

            // documents: the order of the pair, the draft order ending it, the round's report
            String formingOrder = jdbc.queryForObject("select id from nst_order where school_name = ? and kind = 'FORM_PAIRS' and status = 'SIGNED'",
                    String.class, school);
            String terminationOrder = jdbc.queryForObject("select id from nst_order where school_name = ? and kind = 'TERMINATE_PAIR'",
                    String.class, school);
            shownAsTextInDocx(director().download("/orders/" + formingOrder + "/document").body(), "Ёжикова " + run + " " + MARKUP);
            shownAsTextInDocx(director().download("/orders/" + terminationOrder + "/document").body(), MARKUP);
            shownAsTextInDocx(director().download("/dashboard/rounds/" + roundId + "/report.docx").body(), MARKUP);
        }
    }

    /**
     * Opens the task in Tasklist as the curator and waits for its form: the markup is on the page as text, and neither the
     * script nor the image's handler ran.
     */
    private void shownAsTextInTasklist(Browser browser, Task task, String formText, String nearText) throws InterruptedException {
        browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
        try {
            browser.waitForText(formText);
            browser.waitForText(nearText);
            browser.waitForText(MARKUP);
        } catch (RuntimeException notShown) {
            throw new AssertionError(whatTasklistHad(browser, task), notShown);
        }
        // an image that fails to load calls its onerror a moment later: nothing may run for a while
        await("no script of the text ran in Tasklist (" + task.getName() + ")").during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> ((JavascriptExecutor) browser.driver()).executeScript("return window.__xss === undefined ? null : window.__xss;") == null);
        assertThat(browser.pageText()).as(task.getName()).contains(MARKUP);
        assertThat(browser.driver().findElements(By.xpath("//b[normalize-space(.)='жирный']"))).as("markup became bold").isEmpty();
    }

    /**
     * What Tasklist had when the text did not come: the task asked for, the variables the engine answers for it (as the
     * REST API and as Tasklist's own request in the browser), the browser's log and the page's text.
     */
    private String whatTasklistHad(Browser browser, Task task) {
        Object tasklistRequest = ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/camunda/api/engine/engine/default/task/" + task.getId() + "/form-variables?deserializeValues=false',"
                + " {headers: {Accept: 'application/json'}}).then(r => r.text().then(t => done(r.status + ' ' + t)))"
                + ".catch(e => done('failed: ' + e));");
        return "Tasklist did not show the text of task " + task.getId() + " (" + task.getTaskDefinitionKey() + ") at "
                + browser.driver().getCurrentUrl()
                + "\nREST form-variables: " + curator().get("/engine-rest/task/" + task.getId() + "/form-variables").body()
                + "\nTasklist's form-variables: " + tasklistRequest
                + "\nbrowser log: " + browser.driver().manage().logs().get("browser").getAll()
                + "\npage:\n" + browser.pageText();
    }

    private static void shownAsText(String html, String where) {
        assertThat(html).as(where).doesNotContain("<script>window.__xss", "<img src=x", "<b>жирный");
    }

    /** The document's text has the markup as typed; its XML has it escaped ("&lt;"), as the text of a run. */
    private static void shownAsTextInDocx(byte[] docx, String expected) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(document).getText()).contains(expected);
        }
        String xml = documentXml(docx);
        assertThat(xml).contains("&lt;script>window.__xss=1&lt;/script>&lt;img src=x").doesNotContain("<script>", "<img src=x", "<b>");
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml in the DOCX");
    }

    private Task taskOf(String instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    private Http curator() {
        return new Http(port).as(CURATOR, TestPeople.password(CURATOR));
    }

    private Http director() {
        return new Http(port).as(DIRECTOR, TestPeople.password(DIRECTOR));
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
