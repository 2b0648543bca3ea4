package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.ProgrammeSteps.pair;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

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
import ru.nastavnik.school.SchoolGroups;

/**
 * The doors around the old URL filters, tried as a mentee would: other path forms of the same REST call,
 * reshaping her own task, consenting in another's name, taking over a bank person by her e-mail address.
 */
@NastavnikTest
class RestDoorsAttackTest {

    @Autowired
    Schools schools;

    private static final String EXTRA_FIELD = "Форма не принята. В форме этой задачи нет полей: menteeId. Заполните форму в списке задач.";
    private static final String VARIABLES_REFUSED = "Данные задачи меняются только через её форму";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private String run;
    private ProgrammeSteps steps;
    private PairDriver pairs;
    private String menteeLogin;
    private String otherMenteeLogin;
    private Task consent;
    private String young;
    private String young2;

    @BeforeEach
    void aProposedPair() {
        run = UUID.randomUUID().toString().substring(0, 8);
        TestPeople.ensure(engine.getIdentityService(), school(), "doorsdirector", Role.DIRECTOR, "Рябова", "Нина");
        TestPeople.ensure(engine.getIdentityService(), school(), "doorscurator", Role.CURATOR, "Сизова", "Ирина");
        ProgrammeDriver driver = new ProgrammeDriver(engine, school().id(), "doors-" + run);
        steps = new ProgrammeSteps(driver, run);
        pairs = new PairDriver(engine, "doors-" + run);
        person("gromov" + run, Role.MENTOR, steps.email("gromov"));
        menteeLogin = person("young" + run, Role.MENTEE, steps.email("young1"));
        otherMenteeLogin = person("other" + run, Role.MENTEE, "other." + run + "@test-school.example");
        driver.start("Школа дверей " + run, LocalDate.of(2026, 9, 1), Map.of());
        steps.toFormingPairs("doorscurator");
        young = steps.young1();
        young2 = steps.young2();
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, young, young2));
        consent = pairs.tasks("Task_MenteeConsent").stream().filter(t -> menteeLogin.equals(t.getAssignee())).findFirst().orElseThrow();
    }

    @Test
    void anExtraVariableOnCompletingATaskIsRefusedOnEveryPathTheRestApiAnswers() {
        String forged = "{\"variables\":{\"consentDecision\":{\"value\":\"agree\"},\"menteeId\":{\"value\":\"someone-else\"}}}";
        for (String path : List.of(
                "/engine-rest/engine/default/task/" + consent.getId() + "/submit-form",
                "/engine-rest/task/" + consent.getId() + "/complete",
                "/engine-rest/engine/default/task/" + consent.getId() + "/resolve")) {
            Http.Reply reply = send(menteeLogin, "POST", path, forged);
            assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.json().path("message").asText()).as(path).isEqualTo(EXTRA_FIELD);
        }
        // an encoded letter reaches no resource of the REST API at all; a matrix parameter is refused by the firewall
        assertThat(send(menteeLogin, "POST", "/engine-rest/task/" + consent.getId() + "/%73ubmit-form", forged).status()).isEqualTo(404);
        firewallRefuses(send(menteeLogin, "POST", "/engine-rest/task/" + consent.getId() + "/complete;x=1", forged));
        firewallRefuses(send(menteeLogin, "POST", "/engine-rest/task/" + consent.getId() + ";x=1/submit-form", forged));
        Http.Reply fromTasklist = tasklist(menteeLogin).postJson("/camunda/api/engine/engine/default/task/" + consent.getId() + "/submit-form", forged);
        assertThat(fromTasklist.status()).as(fromTasklist.body()).isEqualTo(400);
        assertThat(fromTasklist.json().path("message").asText()).isEqualTo(EXTRA_FIELD);

        assertThat(engine.getTaskService().createTaskQuery().taskId(consent.getId()).count()).as("still open").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from nst_consent where person_id in (?, ?)", Integer.class,
                young, "someone-else")).isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableValueEquals("menteeId", "someone-else")
                .count()).as("nothing in history").isZero();
    }

    @Test
    void aProcessStartsOnlyWithItsFormsFieldsAndFromItsStart() {
        Http.Reply extra = send("doorscurator", "POST", "/engine-rest/engine/default/process-definition/key/MonitoringRound/submit-form",
                "{\"variables\":{\"roundReason\":{\"value\":\"Проверка\"},\"schoolName\":{\"value\":\"Чужая школа\"}}}");
        assertThat(extra.status()).as(extra.body()).isEqualTo(400);
        assertThat(extra.json().path("message").asText()).contains("нет полей: schoolName");
        Http.Reply skipping = send("doorscurator", "POST", "/engine-rest/engine/default/process-definition/key/MonitoringRound/start",
                "{\"variables\":{},\"skipCustomListeners\":true,\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_WriteSwot\"}]}");
        assertThat(skipping.status()).as(skipping.body()).isEqualTo(400);
        assertThat(skipping.json().path("message").asText()).isEqualTo("Процесс запускается только с начала, через его форму.");
    }

    @Test
    void aMenteeCannotSetHerTasksVariablesNorLeaveItThroughAnErrorOrAnEscalation() {
        for (String[] call : List.of(
                new String[] {"POST", "/engine-rest/engine/default/task/" + consent.getId() + "/variables", "{\"modifications\":{\"menteeId\":{\"value\":\"x\"}}}"},
                new String[] {"PUT", "/engine-rest/task/" + consent.getId() + "/localVariables/menteeId", "{\"value\":\"x\"}"},
                new String[] {"DELETE", "/engine-rest/engine/default/task/" + consent.getId() + "/variables/menteeId", null})) {
            Http.Reply reply = send(menteeLogin, call[0], call[1], call[2]);
            assertThat(reply.status()).as(call[1] + ": " + reply.body()).isEqualTo(403);
            assertThat(reply.json().path("message").asText()).as(call[1]).startsWith(VARIABLES_REFUSED);
        }
        Http.Reply fromTasklist = tasklist(menteeLogin).json("POST", "/camunda/api/engine/engine/default/task/" + consent.getId()
                + "/variables", "{\"modifications\":{\"menteeId\":{\"value\":\"x\"}}}");
        assertThat(fromTasklist.status()).as(fromTasklist.body()).isEqualTo(403);
        assertThat(fromTasklist.json().path("message").asText()).startsWith(VARIABLES_REFUSED);
        for (String door : List.of("bpmnError", "bpmnEscalation")) {
            Http.Reply reply = send(menteeLogin, "POST", "/engine-rest/engine/default/task/" + consent.getId() + "/" + door,
                    "{\"errorCode\":\"x\",\"escalationCode\":\"x\",\"variables\":{\"menteeId\":{\"value\":\"x\"}}}");
            assertThat(reply.status()).as(door + ": " + reply.body()).isEqualTo(403);
            assertThat(reply.json().path("message").asText()).startsWith("Задача завершается только через её форму");
        }
        assertThat(engine.getTaskService().getVariable(consent.getId(), "menteeId")).isEqualTo(young);
    }

    @Test
    void aMenteeCannotShareReassignOrAnnotateHerOwnTask() {
        String id = consent.getId();
        List<String[]> calls = List.of(
                new String[] {"POST", "/engine-rest/task/" + id + "/identity-links", "{\"groupId\":\"mentee\",\"type\":\"candidate\"}"},
                new String[] {"POST", "/engine-rest/engine/default/task/" + id + "/identity-links", "{\"userId\":\"" + otherMenteeLogin + "\",\"type\":\"candidate\"}"},
                new String[] {"PUT", "/engine-rest/task/" + id, "{\"name\":\"Согласие\",\"assignee\":\"" + otherMenteeLogin + "\"}"},
                new String[] {"POST", "/engine-rest/task/" + id + "/delegate", "{\"userId\":\"" + otherMenteeLogin + "\"}"},
                new String[] {"POST", "/engine-rest/engine/default/task/" + id + "/assignee", "{\"userId\":\"" + otherMenteeLogin + "\"}"},
                new String[] {"POST", "/engine-rest/task/" + id + "/identity-links/delete", "{\"userId\":\"" + menteeLogin + "\",\"type\":\"assignee\"}"});
        for (String[] call : calls) {
            Http.Reply reply = send(menteeLogin, call[0], call[1], call[2]);
            assertThat(reply.status()).as(call[1] + ": " + reply.body()).isEqualTo(403);
            assertThat(reply.json().path("message").asText()).as(call[1]).matches(".*[А-Яа-я].*");
        }
        Http.Reply comment = send(menteeLogin, "POST", "/engine-rest/task/" + id + "/comment/create", "{\"message\":\"всем привет\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(403);
        assertThat(comment.json().path("message").asText()).startsWith("К задачам не пишут комментарии");

        Task now = engine.getTaskService().createTaskQuery().taskId(id).singleResult();
        assertThat(now.getAssignee()).isEqualTo(menteeLogin);
        assertThat(now.getName()).isEqualTo(consent.getName());
        assertThat(engine.getTaskService().getIdentityLinksForTask(id)).extracting(IdentityLink::getGroupId)
                .containsOnly(SchoolGroups.groupId(school().id(), Role.CURATOR), null);
        assertThat(engine.getTaskService().getTaskComments(id)).isEmpty();
        assertThat(send(otherMenteeLogin, "GET", "/engine-rest/task/" + id, null).status()).isEqualTo(404);
        Authorization own = engine.getAuthorizationService().createAuthorizationQuery().userIdIn(menteeLogin)
                .resourceType(Resources.TASK).resourceId(id).singleResult();
        assertThat(own.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(own.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
        assertThat(own.isPermissionGranted(Permissions.UPDATE)).isFalse();
    }

    @Test
    void theCuratorClaimsATaskOnlyForHerselfAndCompletesAPaperConsent() {
        Task paper = pairs.tasks("Task_MenteeConsent").stream().filter(t -> t.getAssignee() == null).findFirst().orElseThrow();
        Http.Reply forSomeoneElse = send("doorscurator", "POST", "/engine-rest/task/" + paper.getId() + "/claim",
                "{\"userId\":\"" + otherMenteeLogin + "\"}");
        assertThat(forSomeoneElse.status()).as(forSomeoneElse.body()).isEqualTo(403);
        assertThat(forSomeoneElse.json().path("message").asText()).isEqualTo("Взять задачу можно только себе.");
        assertThat(send("doorscurator", "POST", "/engine-rest/task/" + paper.getId() + "/claim", "{\"userId\":\"doorscurator\"}").status())
                .isEqualTo(204);
        Http.Reply entered = send("doorscurator", "POST", "/engine-rest/task/" + paper.getId() + "/submit-form",
                "{\"variables\":{\"consentDecision\":{\"value\":\"agree\"}}}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(204);
        assertThat(jdbc.queryForList("select recorded_by from nst_consent where person_id = ?", String.class, young2))
                .containsExactly("doorscurator");
    }

    @Test
    void aConsentIsNeverRecordedForAnotherPersonThanTheAssigneeWhateverTheTasksVariablesSay() {
        // whatever door may be left open to the variables, a consent is never the one of someone the task is not for
        engine.getTaskService().setVariable(consent.getId(), "menteeId", young2);
        Http.Reply reply = send(menteeLogin, "POST", "/engine-rest/task/" + consent.getId() + "/submit-form",
                "{\"variables\":{\"consentDecision\":{\"value\":\"agree\"}}}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).contains("Задача назначена другому участнику пары");
        assertThat(jdbc.queryForList("select person_id from nst_consent where person_id in (?, ?)", String.class, young, young2))
                .as("nothing recorded").isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskId(consent.getId()).count()).as("the task stays open").isEqualTo(1);
    }

    @Test
    void aPersonCannotChangeHerOwnEmailNorDeleteHerAccountButTheAdministratorCan() {
        String bankAddress = steps.email("young2"); // a bank mentee without a login
        String profile = "{\"id\":\"" + otherMenteeLogin + "\",\"firstName\":\"Тест\",\"lastName\":\"Тестов\",\"email\":\"" + bankAddress + "\"}";
        for (String path : List.of("/engine-rest/user/" + otherMenteeLogin + "/profile",
                "/engine-rest/engine/default/user/" + otherMenteeLogin + "/profile")) {
            Http.Reply reply = send(otherMenteeLogin, "PUT", path, profile);
            assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(403);
            assertThat(reply.json().path("message").asText()).contains("меняет только администратор");
        }
        Http.Reply fromWelcome = tasklist(otherMenteeLogin).json("PUT", "/camunda/api/engine/engine/default/user/" + otherMenteeLogin + "/profile", profile);
        assertThat(fromWelcome.status()).as(fromWelcome.body()).isEqualTo(403);
        Http.Reply deleted = send(otherMenteeLogin, "DELETE", "/engine-rest/user/" + otherMenteeLogin, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(403);
        assertThat(deleted.json().path("message").asText()).isEqualTo("Учётную запись удаляет только администратор системы.");

        User user = engine.getIdentityService().createUserQuery().userId(otherMenteeLogin).singleResult();
        assertThat(user.getEmail()).isEqualTo("other." + run + "@test-school.example");
        Authorization own = engine.getAuthorizationService().createAuthorizationQuery().userIdIn(otherMenteeLogin)
                .resourceType(Resources.USER).resourceId(otherMenteeLogin).singleResult();
        assertThat(own.isPermissionGranted(Permissions.DELETE)).as("no DELETE on one's own account").isFalse();

        String renamed = profile.replace(bankAddress, "other2." + run + "@test-school.example");
        Http.Reply byAdmin = sendAs("admin", ProductionLikeEnvironment.ADMIN_PASSWORD, "PUT", "/engine-rest/user/" + otherMenteeLogin + "/profile", renamed);
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(204);
    }

    private String person(String login, Role role, String email) {
        TestPeople.ensure(engine.getIdentityService(), school(), login, role, "Тестов", "Тест");
        User user = engine.getIdentityService().createUserQuery().userId(login).singleResult();
        user.setEmail(email);
        engine.getIdentityService().saveUser(user);
        return login;
    }

    /** Spring Security's firewall refuses a path with a matrix parameter before any rule of ours is asked. */
    private static void firewallRefuses(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).startsWith("Адрес запроса не принят: в нём недопустимые символы");
    }

    private Http.Reply send(String login, String method, String path, String json) {
        return sendAs(login, TestPeople.password(login), method, path, json);
    }

    private Http.Reply sendAs(String login, String password, String method, String path, String json) {
        return new Http(port).as(login, password).json(method, path, json);
    }

    private Http tasklist(String login) {
        Http browser = new Http(port);
        assertThat(browser.loginToTasklist(login, TestPeople.password(login)).status()).isEqualTo(200);
        return browser;
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
