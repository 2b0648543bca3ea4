package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.ProgrammeSteps.pair;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.ProductionLikeEnvironment;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.ProgrammeSteps;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;

/**
 * The role matrix of docs/security.md, cell by cell: each role (and nobody) against each resource, as the HTTP status
 * the person gets. Two proposed pairs give the mentors and mentees tasks of their own pair and of the other pair.
 */
@NastavnikTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    @Autowired
    Schools schools;

    static final List<String> ROLES = List.of("director", "curator", "mentor", "mentee", "methodologist", "admin", "anonymous");

    /** Resource → the status each role of {@link #ROLES} gets, in that order; the same table as docs/security.md. */
    static final Map<String, List<Integer>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("task of own pair", List.of(404, 200, 200, 200, 404, 200, 401));
        MATRIX.put("task of another pair", List.of(404, 200, 404, 404, 404, 200, 401));
        MATRIX.put("process variables of another pair", List.of(200, 200, 403, 403, 200, 200, 401));
        MATRIX.put("banks /registry", List.of(200, 200, 403, 403, 403, 403, 302));
        MATRIX.put("orders /orders", List.of(200, 200, 403, 403, 200, 403, 302));
        MATRIX.put("dashboard /dashboard", List.of(200, 200, 403, 403, 403, 403, 302));
        MATRIX.put("pairs /pairs", List.of(200, 200, 403, 403, 403, 403, 302));
        MATRIX.put("reports /reports", List.of(200, 200, 403, 403, 200, 403, 302));
        MATRIX.put("questionnaire answers counted /dashboard/figures.csv", List.of(200, 200, 403, 403, 403, 403, 302));
        MATRIX.put("another person's questionnaire /q/{token}", List.of(404, 404, 404, 404, 404, 404, 404));
        MATRIX.put("deployment /engine-rest/deployment/create", List.of(403, 403, 403, 403, 400, 400, 401));
        MATRIX.put("migration /api/migration/plan", List.of(403, 403, 403, 403, 400, 400, 401));
        MATRIX.put("Tasklist", List.of(200, 200, 200, 200, 200, 200, 401));
        MATRIX.put("Cockpit", List.of(403, 403, 403, 403, 200, 200, 401));
        MATRIX.put("Admin", List.of(403, 403, 403, 403, 403, 200, 401));
        // every path form of the same resources: the named engine and an encoded letter in our pages reach the
        // same answer as the plain path (the REST API itself does not decode one: 404); matrix parameters are refused
        // by the firewall for everyone (400)
        MATRIX.put("task of own pair /engine-rest/engine/default/task/{id}", List.of(404, 200, 200, 200, 404, 200, 401));
        MATRIX.put("task of another pair /engine-rest/%74ask/{id}", List.of(404, 404, 404, 404, 404, 404, 401));
        MATRIX.put("task of own pair /engine-rest/task/{id};x=1", List.of(400, 400, 400, 400, 400, 400, 400));
        MATRIX.put("banks /%72egistry/mentees", List.of(200, 200, 403, 403, 403, 403, 302));
        MATRIX.put("banks /registry;x=1/mentees", List.of(400, 400, 400, 400, 400, 400, 400));
        MATRIX.put("orders /%6Frders", List.of(200, 200, 403, 403, 200, 403, 302));
        MATRIX.put("orders /orders;x=1", List.of(400, 400, 400, 400, 400, 400, 400));
        MATRIX.put("pairs /%70airs", List.of(200, 200, 403, 403, 403, 403, 302));
        MATRIX.put("dashboard /dash%62oard", List.of(200, 200, 403, 403, 403, 403, 302));
        MATRIX.put("migration /api/%6Digration/plan", List.of(403, 403, 403, 403, 400, 400, 401));
        MATRIX.put("deployment /engine-rest/engine/default/deployment/create", List.of(403, 403, 403, 403, 400, 400, 401));
        // the demo mailbox exists only in the demo profile (DemoMailboxTest); here it is behind the login all the same
        MATRIX.put("demo mailbox /demo/mail", List.of(404, 404, 404, 404, 404, 404, 302));
        MATRIX.put("demo mailbox /%64emo/mail", List.of(404, 404, 404, 404, 404, 404, 302));
        MATRIX.put("demo mailbox /demo;x=1/mail", List.of(400, 400, 400, 400, 400, 400, 400));
        // the mentee's own consent task through every path form of the REST API: the named engine reaches the
        // resource's own rule, a matrix parameter is refused by the firewall (400), an encoded letter reaches no resource (404)
        MATRIX.put("extra variable on completing /engine-rest/engine/default/task/{id}/submit-form", List.of(400, 400, 400, 400, 400, 400, 401));
        MATRIX.put("extra variable on completing /engine-rest/task/{id}/complete;x=1", List.of(400, 400, 400, 400, 400, 400, 400));
        MATRIX.put("extra variable on completing /engine-rest/task/{id}/%73ubmit-form", List.of(404, 404, 404, 404, 404, 404, 401));
        MATRIX.put("task variables set /engine-rest/engine/default/task/{id}/variables", List.of(403, 403, 403, 403, 403, 403, 401));
        MATRIX.put("task variables set /engine-rest/task/{id}/localVariables;x=1", List.of(400, 400, 400, 400, 400, 400, 400));
        MATRIX.put("task variables set /engine-rest/task/{id}/%76ariables", List.of(404, 404, 404, 404, 404, 404, 401));
        MATRIX.put("task's people changed /engine-rest/engine/default/task/{id}/identity-links/delete", List.of(403, 403, 403, 403, 403, 204, 401));
        MATRIX.put("own name and e-mail /engine-rest/engine/default/user/{own}/profile", List.of(403, 403, 403, 403, 403, 204, 401));
    }

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> logins = new LinkedHashMap<>();
    private Task ownMentorTask;
    private Task ownMenteeTask;
    private Task otherMentorTask;

    @BeforeAll
    void twoProposedPairs() {
        logins.put("director", TestPeople.ensure(engine.getIdentityService(), school(), "rmdirector", Role.DIRECTOR, "Жукова", "Вера"));
        logins.put("curator", TestPeople.ensure(engine.getIdentityService(), school(), "rmcurator", Role.CURATOR, "Лунина", "Ольга"));
        logins.put("methodologist", TestPeople.ensure(engine.getIdentityService(), school(), "rmmethodologist", Role.METHODOLOGIST, "Пчёлкина", "Зоя"));
        ProgrammeDriver driver = new ProgrammeDriver(engine, school().id(), "rm-" + run);
        ProgrammeSteps steps = new ProgrammeSteps(driver, run);
        logins.put("mentor", person("gromov" + run, Role.MENTOR, steps.email("gromov")));
        logins.put("mentee", person("young" + run, Role.MENTEE, steps.email("young1")));
        person("zueva" + run, Role.MENTOR, steps.email("zueva"));
        driver.start("Школа ролей " + run, LocalDate.of(2026, 9, 1), Map.of());
        steps.toFormingPairs("rmcurator");
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", true, steps.young1()));
        driver.submit("Task_FormPairs", pair(steps.mentorB(), 6, "teacherTeacher", false, steps.young2()));
        PairDriver pairs = new PairDriver(engine, "rm-" + run);
        ownMentorTask = pairs.tasks("Task_MentorConsent").stream().filter(t -> t.getAssignee().equals(logins.get("mentor"))).findFirst().orElseThrow();
        ownMenteeTask = pairs.tasks("Task_MenteeConsent").stream().filter(t -> logins.get("mentee").equals(t.getAssignee())).findFirst().orElseThrow();
        otherMentorTask = pairs.tasks("Task_MentorConsent").stream().filter(t -> !t.getAssignee().equals(logins.get("mentor"))).findFirst().orElseThrow();
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixSays() {
        Map<String, Function<String, Integer>> probes = new LinkedHashMap<>();
        probes.put("task of own pair", role -> rest(role).get("/engine-rest/task/" + (role.equals("mentee") ? ownMenteeTask : ownMentorTask).getId()).status());
        probes.put("task of another pair", role -> rest(role).get("/engine-rest/task/" + otherMentorTask.getId()).status());
        probes.put("process variables of another pair", role -> rest(role).get("/engine-rest/process-instance/"
                + otherMentorTask.getProcessInstanceId() + "/variables").status());
        probes.put("banks /registry", role -> rest(role).get("/registry/mentees").status());
        probes.put("orders /orders", role -> rest(role).get("/orders").status());
        probes.put("dashboard /dashboard", role -> rest(role).get("/dashboard").status());
        probes.put("pairs /pairs", role -> rest(role).get("/pairs").status());
        probes.put("reports /reports", role -> rest(role).get("/reports").status());
        probes.put("questionnaire answers counted /dashboard/figures.csv", role -> rest(role).get("/dashboard/figures.csv").status());
        probes.put("another person's questionnaire /q/{token}", role -> rest(role).get("/q/" + "Qx7".repeat(14) + "A").status());
        probes.put("deployment /engine-rest/deployment/create", role -> rest(role).postMultipart("/engine-rest/deployment/create",
                Map.of("deployment-name", "matrix-" + run), Map.of("matrix.bpmn", "не BPMN".getBytes(StandardCharsets.UTF_8))).status());
        probes.put("migration /api/migration/plan", role -> rest(role).postJson("/api/migration/plan", "{}").status());
        probes.put("Tasklist", role -> webapp(role, "tasklist"));
        probes.put("Cockpit", role -> webapp(role, "cockpit"));
        probes.put("Admin", role -> webapp(role, "admin"));
        probes.put("task of own pair /engine-rest/engine/default/task/{id}", role -> rest(role).get("/engine-rest/engine/default/task/"
                + (role.equals("mentee") ? ownMenteeTask : ownMentorTask).getId()).status());
        probes.put("task of another pair /engine-rest/%74ask/{id}", role -> rest(role).get("/engine-rest/%74ask/" + otherMentorTask.getId()).status());
        probes.put("task of own pair /engine-rest/task/{id};x=1", role -> rest(role).get("/engine-rest/task/"
                + (role.equals("mentee") ? ownMenteeTask : ownMentorTask).getId() + ";x=1").status());
        probes.put("banks /%72egistry/mentees", role -> rest(role).get("/%72egistry/mentees").status());
        probes.put("banks /registry;x=1/mentees", role -> rest(role).get("/registry;x=1/mentees").status());
        probes.put("orders /%6Frders", role -> rest(role).get("/%6Frders").status());
        probes.put("orders /orders;x=1", role -> rest(role).get("/orders;x=1").status());
        probes.put("pairs /%70airs", role -> rest(role).get("/%70airs").status());
        probes.put("dashboard /dash%62oard", role -> rest(role).get("/dash%62oard").status());
        probes.put("migration /api/%6Digration/plan", role -> rest(role).postJson("/api/%6Digration/plan", "{}").status());
        probes.put("deployment /engine-rest/engine/default/deployment/create", role -> rest(role).postMultipart(
                "/engine-rest/engine/default/deployment/create", Map.of("deployment-name", "matrix-" + run),
                Map.of("matrix.bpmn", "не BPMN".getBytes(StandardCharsets.UTF_8))).status());
        probes.put("demo mailbox /demo/mail", role -> rest(role).get("/demo/mail").status());
        probes.put("demo mailbox /%64emo/mail", role -> rest(role).get("/%64emo/mail").status());
        probes.put("demo mailbox /demo;x=1/mail", role -> rest(role).get("/demo;x=1/mail").status());
        String extra = "{\"variables\":{\"consentDecision\":{\"value\":\"agree\"},\"menteeId\":{\"value\":\"x\"}}}";
        String own = "/task/" + ownMenteeTask.getId();
        probes.put("extra variable on completing /engine-rest/engine/default/task/{id}/submit-form",
                role -> rest(role).postJson("/engine-rest/engine/default" + own + "/submit-form", extra).status());
        probes.put("extra variable on completing /engine-rest/task/{id}/complete;x=1",
                role -> rest(role).postJson("/engine-rest" + own + "/complete;x=1", extra).status());
        probes.put("extra variable on completing /engine-rest/task/{id}/%73ubmit-form",
                role -> rest(role).postJson("/engine-rest" + own + "/%73ubmit-form", extra).status());
        String modification = "{\"modifications\":{\"menteeId\":{\"value\":\"x\"}}}";
        probes.put("task variables set /engine-rest/engine/default/task/{id}/variables",
                role -> rest(role).postJson("/engine-rest/engine/default" + own + "/variables", modification).status());
        probes.put("task variables set /engine-rest/task/{id}/localVariables;x=1",
                role -> rest(role).postJson("/engine-rest" + own + "/localVariables;x=1", modification).status());
        probes.put("task variables set /engine-rest/task/{id}/%76ariables",
                role -> rest(role).postJson("/engine-rest" + own + "/%76ariables", modification).status());
        probes.put("task's people changed /engine-rest/engine/default/task/{id}/identity-links/delete",
                role -> rest(role).postJson("/engine-rest/engine/default" + own + "/identity-links/delete",
                        "{\"groupId\":\"nobody\",\"type\":\"candidate\"}").status());
        probes.put("own name and e-mail /engine-rest/engine/default/user/{own}/profile", role -> {
            // the person's own profile as it is: a change that went through would change nothing
            var user = engine.getIdentityService().createUserQuery().userId(role.equals("anonymous") ? "admin" : login(role)).singleResult();
            String profile = "{\"id\":\"" + user.getId() + "\",\"firstName\":\"" + user.getFirstName() + "\",\"lastName\":\""
                    + user.getLastName() + "\",\"email\":\"" + user.getEmail() + "\"}";
            return rest(role).json("PUT", "/engine-rest/engine/default/user/" + user.getId() + "/profile", profile).status();
        });

        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        probes.forEach((resource, probe) -> {
            List<Integer> row = new ArrayList<>();
            ROLES.forEach(role -> row.add(probe.apply(role)));
            seen.put(resource, row);
        });
        assertThat(seen).as("rows: resources; columns: " + ROLES).isEqualTo(MATRIX);
    }

    @Test
    void ourPagesRefuseABrowserPostWithoutThePagesTokenOrFromAnotherSite() {
        Http browser = new Http(port);
        browser.loginToTasklist(logins.get("curator"), TestPeople.password(logins.get("curator")));
        Http.Reply noToken = browser.postForm("/pairs/any-pair/termination", Map.of("reason", "OTHER", "comment", "CSRF"));
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.json().path("message").asText()).startsWith("Форма устарела или отправлена с другого сайта");
        Http.Reply upload = browser.upload("/registry/mentees/import", "a.csv", "ФИО;Email\nА;a@b.example\n".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).isEqualTo(403);
    }

    @Test
    void noDefaultPasswordWorksOutsideTheDemoAndTheProductionCookieIsSecure() throws Exception {
        var identity = engine.getIdentityService();
        for (String login : List.of("admin", "director", "curator", "mentor1", "mentee1", "methodologist")) {
            assertThat(identity.checkPassword(login, login)).as("demo password of " + login).isFalse();
        }
        var yaml = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
        yaml.setResources(new org.springframework.core.io.ClassPathResource("application-postgres.yaml"));
        var production = yaml.getObject();
        assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo("${SESSION_COOKIE_SECURE:true}");
        assertThat(production.getProperty("camunda.bpm.admin-user.password")).isEqualTo("${ADMIN_PASSWORD:}");
    }

    @Test
    void aRefusalSaysWhyInRussian() {
        Http.Reply refused = rest("mentor").get("/registry/mentees");
        assertThat(refused.json().path("message").asText()).contains("только куратору и директору этой школы");
        Http.Reply deployment = rest("curator").postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", "x"),
                Map.of("x.bpmn", new byte[] {1}));
        assertThat(deployment.json().path("message").asText()).startsWith("Развёртывать процессы могут только методисты");
    }

    /** The apps the web application's login grants: 200 when the app is among them, 403 when not, 401 with no login. */
    private int webapp(String role, String app) {
        if (role.equals("anonymous")) {
            return new Http(port).get("/camunda/api/admin/auth/user/default").status() == 404 ? 401 : 500;
        }
        Http browser = new Http(port);
        Http.Reply login = browser.loginToTasklist(login(role), password(role));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        for (var authorized : login.json().path("authorizedApps")) {
            if (authorized.asText().equals(app)) {
                return 200;
            }
        }
        return 403;
    }

    private Http rest(String role) {
        return role.equals("anonymous") ? new Http(port) : new Http(port).as(login(role), password(role));
    }

    private String login(String role) {
        return role.equals("admin") ? "admin" : logins.get(role);
    }

    private String password(String role) {
        return role.equals("admin") ? ProductionLikeEnvironment.ADMIN_PASSWORD : TestPeople.password(logins.get(role));
    }

    private String person(String login, Role role, String email) {
        TestPeople.ensure(engine.getIdentityService(), school(), login, role, "Тестов", "Тест");
        var user = engine.getIdentityService().createUserQuery().userId(login).singleResult();
        user.setEmail(email);
        engine.getIdentityService().saveUser(user);
        return login;
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
