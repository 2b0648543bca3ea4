package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.ProgrammeSteps.pair;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.account.Accounts;
import ru.nastavnik.account.Person;
import ru.nastavnik.identity.Role;
import ru.nastavnik.orders.Orders;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.Browser;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.ProgrammeSteps;
import ru.nastavnik.support.QuestionnaireFixture;
import ru.nastavnik.support.QuestionnaireJobs;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.TestSchools;

/**
 * The role matrix of docs/security.md on two schools of one installation: each role of school A against every door to
 * school B (our pages and documents, with and without {@code ?school=}, the REST API's tasks, variables, process
 * instances, history, filters and deployments, a questionnaire link), as the HTTP status the person gets, and in every
 * answer that is not a refusal nothing of B (its people's names, ids, school, link). A curator of both schools sees
 * exactly both; in Chromium, school A's curator's Tasklist shows none of B's tasks and A's methodologist's Cockpit none
 * of B's instances.
 *
 * <p>School A has two proposed pairs (consents asked); school B one working pair (consented, order signed, entry
 * questionnaire sent), so B's curator has tasks A's has not («Провести встречу-знакомство»).
 */
@NastavnikTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoSchoolsRoleMatrixTest {

    private static final ClassData DATA = ClassData.of(TwoSchoolsRoleMatrixTest.class);
    static final List<String> ROLES = List.of("director", "curator", "mentor", "mentee", "methodologist");

    /**
     * Door → what each role of school A ({@link #ROLES}, in that order) gets there when asking for school B: the status;
     * "200" means answered with nothing of B in it (a list without B's rows, a count of 0).
     */
    static final Map<String, List<String>> MATRIX = new LinkedHashMap<>();

    static {
        // our pages: the person's own school, never B's
        MATRIX.put("banks /registry", List.of("200", "200", "403", "403", "403"));
        MATRIX.put("banks /registry/mentees", List.of("200", "200", "403", "403", "403"));
        MATRIX.put("banks /registry/mentors", List.of("200", "200", "403", "403", "403"));
        MATRIX.put("pairs /pairs", List.of("200", "200", "403", "403", "403"));
        MATRIX.put("orders /orders", List.of("200", "200", "403", "403", "200"));
        MATRIX.put("B's order /orders/{id}/document", List.of("404", "404", "403", "403", "404"));
        MATRIX.put("reports /reports", List.of("200", "200", "403", "403", "200"));
        MATRIX.put("dashboard /dashboard", List.of("200", "200", "403", "403", "403"));
        MATRIX.put("figures /dashboard/figures.csv", List.of("200", "200", "403", "403", "403"));
        MATRIX.put("banks /registry?school=B", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("banks /registry/mentees?school=B", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("banks /registry/mentors?school=B", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("pairs /pairs?school=B", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("orders /orders?school=B", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("B's order /orders/{id}/document?school=B", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("reports /reports?school=B", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("dashboard /dashboard?school=B", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("figures /dashboard/figures.csv?school=B", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("report /dashboard/report.docx?school=B", List.of("403", "403", "403", "403", "403"));
        // the REST API: the engine's tenant check hides B's rows (404 by id, empty lists); a command on a row of B
        // is refused by it, 403 in Russian (enginerest.EngineRestRefusals)
        MATRIX.put("B's task /task/{id}", List.of("404", "404", "404", "404", "404"));
        MATRIX.put("task list /task", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("task list /task?tenantIdIn=B", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("task count /task/count?tenantIdIn=B", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("task list /task?processInstanceIdIn=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("B's task variables /task/{id}/variables", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("B's task form variables /task/{id}/form-variables", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("B's process instance /process-instance/{id}", List.of("404", "404", "404", "404", "404"));
        MATRIX.put("B's process variables /process-instance/{id}/variables", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("B's activity tree /process-instance/{id}/activity-instances", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("process instances /process-instance?tenantIdIn=B", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("process instances /process-instance?processInstanceIds=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("executions /execution?processInstanceId=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("variables /variable-instance?processInstanceIdIn=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("jobs /job?tenantIdIn=B", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("event subscriptions /event-subscription?tenantIdIn=B", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("history /history/process-instance?processInstanceIds=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("history count /history/process-instance/count?tenantIdIn=B", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("B's history /history/process-instance/{id}", List.of("404", "404", "404", "404", "404"));
        MATRIX.put("history /history/task?tenantIdIn=B", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("history /history/task?processInstanceId=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("history /history/variable-instance?processInstanceIdIn=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("history /history/activity-instance?processInstanceId=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("history /history/detail?processInstanceId=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("history /history/identity-link-log?tenantIdIn=B", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("history /history/job-log?processInstanceId=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("history /history/user-operation?processInstanceId=B's", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("definition statistics /process-definition/statistics", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("activity statistics /process-definition/{MentoringPair}/statistics", List.of("200", "200", "200", "200", "200"));
        // the report is for who reads history (the methodologist): their total holds only school A's tasks
        MATRIX.put("history report /history/task/report?reportType=count", List.of("403", "403", "403", "403", "200"));
        MATRIX.put("Tasklist's session: B's task /camunda/api/engine/engine/default/task/{id}", List.of("404", "404", "404", "404", "404"));
        MATRIX.put("Tasklist's session: tasks /camunda/api/engine/engine/default/task?tenantIdIn=B", List.of("200", "200", "200", "200", "200"));
        // the director and the curator read their own school's people and groups (identity.SchoolLeadGrants), not B's
        MATRIX.put("people /user", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("people /user?memberOfTenant=B", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("B's curator /user/{id}/profile", List.of("404", "404", "404", "404", "404"));
        MATRIX.put("groups /group", List.of("200", "200", "200", "200", "200"));
        // a shared version's instances are the methodologist's own school's only: B's pair is not among them
        MATRIX.put("B's pair to move /api/migration/plan", List.of("403", "403", "403", "403", "200 instances=0"));
        MATRIX.put("B's pair moved /api/migration/run", List.of("403", "403", "403", "403", "400"));
        MATRIX.put("schools /tenant", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("B's task comments /task/{id}/comment", List.of("404", "404", "404", "404", "404"));
        MATRIX.put("B's task identity links /task/{id}/identity-links", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("filters /filter?resourceType=Task", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("every filter's list /filter/{own}/list", List.of("200", "200", "200", "200", "200"));
        MATRIX.put("B's filter /filter/{id}", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("B's filter's list /filter/{id}/list", List.of("403", "403", "403", "403", "403"));
        MATRIX.put("deployment for B /deployment/create tenant-id=B", List.of("403", "403", "403", "403", "403"));
        // the start form has no school field: naming B is refused before anything starts (400, Russian)
        MATRIX.put("programme started in B /process-definition/key/MentoringProgramme/start schoolId=B",
                List.of("400", "400", "400", "400", "400"));
        // a questionnaire link is the key itself (no login, /q/** is open): B's link is in no answer above, and an
        // altered one opens nothing
        MATRIX.put("B's link, altered /q/{token}", List.of("404", "404", "404", "404", "404"));
        MATRIX.put("new letter to B's person /api/accounts/{login}/invitation", List.of("403", "403", "403", "403", "403"));
        // last: a message to B's pair would end it; the engine finds no such instance for A's people (400)
        MATRIX.put("message to B's pair /message PairTerminationRequested", List.of("400", "400", "400", "400", "400"));
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    Schools schools;
    @Autowired
    Orders orders;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    private SchoolYear a;
    private SchoolYear b;
    private final String bothSchools = "tsrmcuratorab";
    /** What of school B must not appear in any answer to A's people (names carry B's run), each with its kind. */
    private final Map<String, String> markersOfB = new LinkedHashMap<>();
    private String linkOfB;
    /** An account school B made with an invitation letter (a new letter may be asked for by B's director or curator). */
    private String invitedInB;

    @BeforeAll
    void twoSchoolsAtTheirPairs() {
        a = new SchoolYear(TestSchools.of(schools, DATA, "a"), "a");
        b = new SchoolYear(TestSchools.of(schools, DATA, "b"), "b");
        TestPeople.ensure(engine.getIdentityService(), a.school, bothSchools, Role.CURATOR, "Дёмина", "Ольга");
        TestPeople.ensure(engine.getIdentityService(), b.school, bothSchools, Role.CURATOR, "Дёмина", "Ольга");

        a.toFormingPairs();
        a.driver.submit("Task_FormPairs", pair(a.steps.mentorA(), 6, "teacherTeacher", true, a.steps.young1()));
        a.driver.submit("Task_FormPairs", pair(a.steps.mentorB(), 6, "teacherTeacher", false, a.steps.young2()));

        b.toFormingPairs();
        b.driver.at(LocalDate.of(2026, 9, 19).atTime(10, 0));
        b.driver.submit("Task_FormPairs", pair(b.steps.mentorA(), 6, "teacherTeacher", false, b.steps.young1()));
        b.pairs.consentAll();
        b.driver.at(LocalDate.of(2026, 9, 20).atTime(10, 0));
        b.driver.signOrder();
        assertThat(b.pairs.pairs()).as("school B's working pair").hasSize(1);
        QuestionnaireJobs.sendFor(engine, b.key);
        linkOfB = QuestionnaireFixture.linksTo(b.steps.email("young1")).get(0);

        invitedInB = accounts.ensure(new Person("invited." + b.run + "@test-school.example", "Приглашённая", "Ирина"), b.school.id(), Role.MENTOR);

        markersOfB.put(b.run, "names");
        List.of("director", "curator", "methodologist").forEach(role -> markersOfB.put(b.logins.get(role), "logins"));
        markersOfB.put(b.school.id(), "school");
        markersOfB.put(b.school.shortName(), "school");
        markersOfB.put(linkOfB.substring("/q/".length()), "link");
        b.instanceIds().forEach(id -> markersOfB.put(id, "instances"));
        b.taskIds().forEach(id -> markersOfB.put(id, "tasks"));
        orders.list(b.school.id()).forEach(order -> markersOfB.put(order.id(), "orders"));
        b.filters().forEach(filter -> markersOfB.put(filter.getId(), "filters"));
        engine.getRuntimeService().createVariableInstanceQuery().tenantIdIn(b.school.id()).variableName("pairId").list()
                .forEach(variable -> markersOfB.put(String.valueOf(variable.getValue()), "pairs"));
    }

    @Test
    void noRoleOfSchoolAReachesAnythingOfSchoolB() throws IOException {
        String taskOfB = b.taskIds().get(0);
        String programmeOfB = b.driver.programme().getId();
        String pairOfB = b.pairs.pairs().get(0).getId();
        String instancesOfB = String.join(",", b.instanceIds());
        String orderOfB = orders.list(b.school.id()).get(0).id();
        String filterOfB = b.filters().get(0).getId();
        String onB = "?" + "school=" + b.school.id();

        Map<String, Function<String, String>> probes = new LinkedHashMap<>();
        String startInB = startInB();
        probes.put("banks /registry", role -> seen(http(role).getHtml("/registry")));
        probes.put("banks /registry/mentees", role -> seen(http(role).get("/registry/mentees")));
        probes.put("banks /registry/mentors", role -> seen(http(role).get("/registry/mentors")));
        probes.put("pairs /pairs", role -> seen(http(role).get("/pairs")));
        probes.put("orders /orders", role -> seen(http(role).getHtml("/orders")));
        probes.put("B's order /orders/{id}/document", role -> seen(http(role).get("/orders/" + orderOfB + "/document")));
        probes.put("reports /reports", role -> seen(http(role).getHtml("/reports")));
        probes.put("dashboard /dashboard", role -> seen(http(role).getHtml("/dashboard")));
        probes.put("figures /dashboard/figures.csv", role -> seen(http(role).get("/dashboard/figures.csv")));
        probes.put("banks /registry?school=B", role -> seen(http(role).getHtml("/registry" + onB)));
        probes.put("banks /registry/mentees?school=B", role -> seen(http(role).get("/registry/mentees" + onB)));
        probes.put("banks /registry/mentors?school=B", role -> seen(http(role).get("/registry/mentors" + onB)));
        probes.put("pairs /pairs?school=B", role -> seen(http(role).get("/pairs" + onB)));
        probes.put("orders /orders?school=B", role -> seen(http(role).getHtml("/orders" + onB)));
        probes.put("B's order /orders/{id}/document?school=B", role -> seen(http(role).get("/orders/" + orderOfB + "/document" + onB)));
        probes.put("reports /reports?school=B", role -> seen(http(role).getHtml("/reports" + onB)));
        probes.put("dashboard /dashboard?school=B", role -> seen(http(role).getHtml("/dashboard" + onB)));
        probes.put("figures /dashboard/figures.csv?school=B", role -> seen(http(role).get("/dashboard/figures.csv" + onB)));
        probes.put("report /dashboard/report.docx?school=B", role -> seen(http(role).get("/dashboard/report.docx" + onB)));

        probes.put("B's task /task/{id}", role -> seen(rest(role, "/task/" + taskOfB)));
        probes.put("task list /task", role -> seen(rest(role, "/task")));
        probes.put("task list /task?tenantIdIn=B", role -> seen(rest(role, "/task?tenantIdIn=" + b.school.id())));
        probes.put("task count /task/count?tenantIdIn=B", role -> counted(rest(role, "/task/count?tenantIdIn=" + b.school.id())));
        probes.put("task list /task?processInstanceIdIn=B's", role -> seen(rest(role, "/task?processInstanceIdIn=" + instancesOfB)));
        probes.put("B's task variables /task/{id}/variables", role -> seen(rest(role, "/task/" + taskOfB + "/variables")));
        probes.put("B's task form variables /task/{id}/form-variables", role -> seen(rest(role, "/task/" + taskOfB + "/form-variables")));
        probes.put("B's process instance /process-instance/{id}", role -> seen(rest(role, "/process-instance/" + programmeOfB)));
        probes.put("B's process variables /process-instance/{id}/variables", role -> seen(rest(role, "/process-instance/" + programmeOfB + "/variables")));
        probes.put("B's activity tree /process-instance/{id}/activity-instances", role -> seen(rest(role, "/process-instance/" + pairOfB + "/activity-instances")));
        probes.put("process instances /process-instance?tenantIdIn=B", role -> seen(rest(role, "/process-instance?tenantIdIn=" + b.school.id())));
        probes.put("process instances /process-instance?processInstanceIds=B's", role -> seen(rest(role, "/process-instance?processInstanceIds=" + instancesOfB)));
        probes.put("executions /execution?processInstanceId=B's", role -> seen(rest(role, "/execution?processInstanceId=" + pairOfB)));
        probes.put("variables /variable-instance?processInstanceIdIn=B's", role -> seen(rest(role, "/variable-instance?processInstanceIdIn=" + instancesOfB)));
        probes.put("jobs /job?tenantIdIn=B", role -> seen(rest(role, "/job?tenantIdIn=" + b.school.id())));
        probes.put("event subscriptions /event-subscription?tenantIdIn=B", role -> seen(rest(role, "/event-subscription?tenantIdIn=" + b.school.id())));
        probes.put("history /history/process-instance?processInstanceIds=B's", role -> seen(rest(role, "/history/process-instance?processInstanceIds=" + instancesOfB)));
        probes.put("history count /history/process-instance/count?tenantIdIn=B", role -> counted(rest(role, "/history/process-instance/count?tenantIdIn=" + b.school.id())));
        probes.put("B's history /history/process-instance/{id}", role -> seen(rest(role, "/history/process-instance/" + programmeOfB)));
        probes.put("history /history/task?tenantIdIn=B", role -> seen(rest(role, "/history/task?tenantIdIn=" + b.school.id())));
        probes.put("history /history/task?processInstanceId=B's", role -> seen(rest(role, "/history/task?processInstanceId=" + programmeOfB)));
        probes.put("history /history/variable-instance?processInstanceIdIn=B's", role -> seen(rest(role, "/history/variable-instance?processInstanceIdIn=" + instancesOfB)));
        probes.put("history /history/activity-instance?processInstanceId=B's", role -> seen(rest(role, "/history/activity-instance?processInstanceId=" + programmeOfB)));
        probes.put("history /history/detail?processInstanceId=B's", role -> seen(rest(role, "/history/detail?processInstanceId=" + programmeOfB)));
        probes.put("history /history/identity-link-log?tenantIdIn=B", role -> seen(rest(role, "/history/identity-link-log?tenantIdIn=" + b.school.id())));
        probes.put("history /history/job-log?processInstanceId=B's", role -> seen(rest(role, "/history/job-log?processInstanceId=" + programmeOfB)));
        probes.put("history /history/user-operation?processInstanceId=B's", role -> seen(rest(role, "/history/user-operation?processInstanceId=" + programmeOfB)));
        String pairDefinition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("MentoringPair")
                .latestVersion().singleResult().getId();
        probes.put("definition statistics /process-definition/statistics", role -> pairsCounted(rest(role, "/process-definition/statistics")));
        probes.put("activity statistics /process-definition/{MentoringPair}/statistics",
                role -> pairActivitiesCounted(rest(role, "/process-definition/" + pairDefinition + "/statistics"), pairDefinition));
        probes.put("history report /history/task/report?reportType=count", role -> finishedTasksOfA(rest(role,
                "/history/task/report?reportType=count&groupBy=processDefinition")));
        probes.put("Tasklist's session: B's task /camunda/api/engine/engine/default/task/{id}",
                role -> seen(tasklist(role).get("/camunda/api/engine/engine/default/task/" + taskOfB)));
        probes.put("Tasklist's session: tasks /camunda/api/engine/engine/default/task?tenantIdIn=B",
                role -> seen(tasklist(role).get("/camunda/api/engine/engine/default/task?tenantIdIn=" + b.school.id())));
        probes.put("people /user", role -> seen(rest(role, "/user")));
        probes.put("people /user?memberOfTenant=B", role -> seen(rest(role, "/user?memberOfTenant=" + b.school.id())));
        probes.put("B's curator /user/{id}/profile", role -> profileOf(rest(role, "/user/" + b.curator + "/profile")));
        probes.put("groups /group", role -> seen(rest(role, "/group")));
        probes.put("schools /tenant", role -> seen(rest(role, "/tenant")));
        probes.put("B's task comments /task/{id}/comment", role -> seen(rest(role, "/task/" + taskOfB + "/comment")));
        probes.put("B's task identity links /task/{id}/identity-links", role -> seen(rest(role, "/task/" + taskOfB + "/identity-links")));
        probes.put("filters /filter?resourceType=Task", role -> seen(rest(role, "/filter?resourceType=Task")));
        probes.put("every filter's list /filter/{own}/list", this::everyFiltersList);
        probes.put("B's filter /filter/{id}", role -> seen(rest(role, "/filter/" + filterOfB)));
        probes.put("B's filter's list /filter/{id}/list", role -> seen(http(role).postJson("/engine-rest/filter/" + filterOfB + "/list", "{}")));
        byte[] model = resource("migration-probe-v1.bpmn");
        byte[] form = resource("migration-probe.form");
        probes.put("deployment for B /deployment/create tenant-id=B", role -> deployedForB(role, model, form));
        probes.put("programme started in B /process-definition/key/MentoringProgramme/start schoolId=B",
                role -> seen(http(role).postJson("/engine-rest/process-definition/key/MentoringProgramme/start",
                        startInB)));
        String altered = linkOfB.substring(0, linkOfB.length() - 1) + (linkOfB.endsWith("A") ? "B" : "A");
        probes.put("B's link, altered /q/{token}", role -> seen(http(role).getHtml(altered)));
        probes.put("new letter to B's person /api/accounts/{login}/invitation",
                role -> seen(http(role).postJson("/api/accounts/" + invitedInB + "/invitation", "{}")));
        String definitionOfB = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pairOfB).singleResult()
                .getProcessDefinitionId();
        String moveB = "{\"sourceDefinitionId\":\"" + definitionOfB + "\",\"targetDefinitionId\":\"" + definitionOfB
                + "\",\"processInstanceIds\":[\"" + pairOfB + "\"]}";
        probes.put("B's pair to move /api/migration/plan", role -> movable(http(role).postJson("/api/migration/plan", moveB)));
        probes.put("B's pair moved /api/migration/run", role -> movable(http(role).postJson("/api/migration/run", moveB)));
        probes.put("message to B's pair /message PairTerminationRequested", role -> seen(http(role).postJson("/engine-rest/message",
                "{\"messageName\":\"PairTerminationRequested\",\"processInstanceId\":\"" + pairOfB + "\",\"resultEnabled\":true}")));

        Map<String, List<String>> seen = new LinkedHashMap<>();
        probes.forEach((door, probe) -> {
            List<String> row = new ArrayList<>();
            ROLES.forEach(role -> row.add(probe.apply(role)));
            seen.put(door, row);
        });
        assertThat(seen).as("rows: doors to school B; columns: " + ROLES + " of school A\n" + table(seen)).isEqualTo(MATRIX);
        assertThat(engine.getRepositoryService().createDeploymentQuery().tenantIdIn(b.school.id()).count())
                .as("nothing deployed for school B").isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn(b.school.id())
                .processDefinitionKey("MentoringPair").count()).as("school B's pair works on").isEqualTo(1);
    }

    @Test
    void schoolAsOwnRecordsAreThereForItsPeople() {
        // the other side of the matrix: the same doors do answer with school A's own rows
        assertThat(http("curator").get("/registry/mentees").body()).contains("Молодой " + a.run + " Первый");
        assertThat(http("director").get("/registry/mentors").body()).contains("Громов " + a.run);
        assertThat(tenantsOfTasks("curator")).containsExactly(a.school.id());
        assertThat(tenantsOfTasks("mentor")).containsExactly(a.school.id());
        assertThat(http("methodologist").getHtml("/orders").body()).contains("/orders/" + orders.list(a.school.id()).get(0).id() + "/document");
        assertThat(rest("curator", "/filter?resourceType=Task").body()).contains(a.curatorFilter());
    }

    @Test
    void aRefusalOfAnotherSchoolSaysWhyInRussian() throws IOException {
        Http.Reply letter = http("curator").postJson("/api/accounts/" + invitedInB + "/invitation", "{}");
        assertThat(letter.json().path("message").asText()).startsWith("Новое письмо не отправлено: это не сотрудник вашей школы");
        Http ofB = new Http(port).as(b.curator, TestPeople.password(b.curator));
        assertThat(ofB.postJson("/api/accounts/" + invitedInB + "/invitation", "{}").status()).as("B's own curator may").isEqualTo(202);
        Http.Reply page = http("curator").get("/registry/mentees?school=" + b.school.id());
        assertThat(page.json().path("message").asText()).contains("только куратору и директору этой школы");
        Http.Reply deployment = deploy(http("methodologist"), resource("migration-probe-v1.bpmn"), resource("migration-probe.form"));
        assertThat(deployment.json().path("message").asText()).isEqualTo("Развёртывание отклонено, ничего не сохранено. "
                + "Развёртывать версию модели можно только для школы, где вы методист; вы не методист школы «" + b.school.id() + "».");
        Http.Reply start = http("curator").postJson("/engine-rest/process-definition/key/MentoringProgramme/start", startInB());
        assertThat(start.json().path("message").asText()).contains("нет полей: schoolId");
    }

    @Test
    void aCuratorOfBothSchoolsSeesExactlyBoth() {
        Http both = new Http(port).as(bothSchools, TestPeople.password(bothSchools));
        assertThat(tenants(both.get("/engine-rest/task?processDefinitionKeyIn=MentoringPair,PairConsent,MentoringProgramme").json()))
                .containsExactlyInAnyOrder(a.school.id(), b.school.id());
        Set<String> visible = ids(both.get("/engine-rest/task").json());
        Set<String> ofTheirGroups = engine.getTaskService().createTaskQuery()
                .taskCandidateGroupIn(List.of(SchoolGroups.groupId(a.school.id(), Role.CURATOR), SchoolGroups.groupId(b.school.id(), Role.CURATOR)))
                .includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
        assertThat(visible).as("the tasks of A's and B's curators, nothing else").isEqualTo(ofTheirGroups);
        assertThat(ofTheirGroups).containsAll(a.taskIdsOfCurators()).containsAll(b.taskIdsOfCurators());

        assertThat(both.get("/registry/mentees?school=" + a.school.id()).body()).contains("Молодой " + a.run).doesNotContain(b.run);
        assertThat(both.get("/registry/mentees?school=" + b.school.id()).body()).contains("Молодой " + b.run).doesNotContain(a.run);
        assertThat(both.get("/registry/mentors?school=" + a.school.id()).body()).contains("Громов " + a.run).doesNotContain(b.run);
        assertThat(both.get("/pairs?school=" + a.school.id()).body()).doesNotContain(b.run);
        assertThat(both.get("/pairs?school=" + b.school.id()).body()).contains("Громов " + b.run).doesNotContain(a.run);
        assertThat(both.getHtml("/orders?school=" + b.school.id()).body()).doesNotContain(a.run);
        assertThat(both.get("/orders/" + orders.list(b.school.id()).get(0).id() + "/document?school=" + b.school.id()).status()).isEqualTo(200);
        assertThat(both.get("/orders/" + orders.list(b.school.id()).get(0).id() + "/document?school=" + a.school.id()).status()).isEqualTo(404);
        assertThat(both.get("/pairs?school=" + TestSchools.of(schools, DATA, "c").id()).status()).as("a third school").isEqualTo(403);

        assertThat(seen(both.get("/engine-rest/task"))).as("the probe's eye: B's tasks are seen as B's").contains("LEAK");
        String figuresOfA = http("director").get("/dashboard/figures.csv").body();
        assertThat(both.get("/dashboard/figures.csv?school=" + a.school.id()).body()).isEqualTo(figuresOfA);
        assertThat(both.get("/dashboard/figures.csv?school=" + b.school.id()).body()).as("B's working pair is counted in B only")
                .isNotEqualTo(figuresOfA);

        String filters = both.get("/engine-rest/filter?resourceType=Task").body();
        assertThat(filters).contains(a.curatorFilter(), b.curatorFilter());
    }

    @Test
    void schoolAsCuratorsTasklistShowsNoneOfSchoolBsTasks() {
        String onlyInB = "Провести встречу-знакомство";
        String onlyInA = "Дать согласие стать наставником";
        try (Browser browser = new Browser(port)) {
            browser.logIntoTasklist(b.curator, TestPeople.password(b.curator));
            browser.waitForText(onlyInB);
            assertThat(browser.pageText()).as("school B's curator, for comparison").contains(b.curatorFilter())
                    .doesNotContain(onlyInA);
        }
        try (Browser browser = new Browser(port)) {
            browser.logIntoTasklist(a.curator, TestPeople.password(a.curator));
            browser.waitForText(onlyInA);
            String page = browser.pageText();
            assertThat(page).contains(a.curatorFilter())
                    .doesNotContain(onlyInB, b.curatorFilter(), b.filters().get(1).getName(), b.school.shortName());
        }
    }

    @Test
    void schoolAsMethodologistsCockpitShowsNoneOfSchoolBsInstances() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("MentoringProgramme")
                .latestVersion().singleResult().getId();
        try (Browser browser = new Browser(port)) {
            intoCockpit(browser, b.logins.get("methodologist"));
            browser.open("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
            waitForText(browser, b.key);
        }
        try (Browser browser = new Browser(port)) {
            intoCockpit(browser, a.logins.get("methodologist"));
            browser.open("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
            waitForText(browser, a.key);
            assertThat(browser.pageText()).doesNotContain(b.key, b.run);
        }
    }

    /** The text, or a failure that shows the page as it was. */
    private static void waitForText(Browser browser, String text) {
        try {
            browser.waitForText(text);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No «" + text + "» on " + browser.driver().getCurrentUrl() + ":\n" + browser.pageText(), e);
        }
    }

    private static void intoCockpit(Browser browser, String login) {
        browser.open("/camunda/app/cockpit/");
        browser.waitFor(By.cssSelector("input[type=password]"));
        browser.driver().findElement(By.cssSelector("form input:not([type=password])")).sendKeys(login);
        browser.driver().findElement(By.cssSelector("input[type=password]")).sendKeys(TestPeople.password(login));
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
    }

    // ---- probes

    /** The status; a 2xx answer that shows anything of school B is a leak, named in the cell. */
    private String seen(Http.Reply reply) {
        if (reply.status() >= 300) {
            return String.valueOf(reply.status());
        }
        Set<String> leaked = new java.util.TreeSet<>();
        markersOfB.forEach((marker, kind) -> {
            if (reply.body().contains(marker)) {
                leaked.add(kind);
            }
        });
        return leaked.isEmpty() ? String.valueOf(reply.status()) : reply.status() + " LEAK " + String.join(", ", leaked);
    }

    /** A list of B's rows that names none of them: any row at all is B's (school A has no working pair). */
    private String seen(Http.Reply reply, String field) {
        String cell = seen(reply);
        if (reply.status() == 200 && !reply.json().isEmpty()) {
            return cell + " LEAK rows=" + reply.json().size() + " (" + field + ")";
        }
        return cell;
    }

    /**
     * Definition statistics: school A has no working pair, so instances of MentoringPair are B's, beyond those of no
     * school at all (which the engine shows to everyone; another test class may leave such an instance behind).
     */
    private String pairsCounted(Http.Reply reply) {
        String cell = seen(reply);
        if (reply.status() != 200) {
            return cell;
        }
        for (JsonNode row : reply.json()) {
            if (row.path("definition").path("key").asText().equals("MentoringPair")
                    && row.path("instances").asLong() > ofNoSchool(row.path("id").asText())) {
                return cell + " LEAK MentoringPair instances=" + row.path("instances").asInt();
            }
        }
        return cell;
    }

    /**
     * Activity statistics of MentoringPair: any instance counted is B's, unless instances of no school exist (one
     * instance counts once per active activity, so those cannot be told apart here; the definition statistics above
     * still can).
     */
    private String pairActivitiesCounted(Http.Reply reply, String definitionId) {
        String cell = seen(reply);
        if (reply.status() != 200) {
            return cell;
        }
        long counted = 0;
        for (JsonNode row : reply.json()) {
            counted += row.path("instances").asLong();
        }
        return counted > 0 && ofNoSchool(definitionId) == 0 ? cell + " LEAK instances=" + counted : cell;
    }

    private long ofNoSchool(String definitionId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definitionId).withoutTenantId().count();
    }

    /** The count report's total is school A's finished tasks at most (B's would add theirs). */
    private String finishedTasksOfA(Http.Reply reply) {
        String cell = seen(reply);
        if (reply.status() != 200) {
            return cell;
        }
        long total = 0;
        for (JsonNode row : reply.json()) {
            total += row.path("count").asLong();
        }
        long ofA = engine.getHistoryService().createHistoricTaskInstanceQuery().tenantIdIn(a.school.id()).finished().count();
        return total <= ofA ? cell : cell + " LEAK count=" + total + " > " + ofA;
    }

    /** Signed in to Tasklist, as its pages call the engine (session and CSRF token, no password per call). */
    private Http tasklist(String role) {
        String login = a.logins.get(role);
        Http browser = new Http(port);
        browser.loginToTasklist(login, TestPeople.password(login));
        return browser;
    }

    /** A migration plan's instances: how many the person may move (B's pair must not be one). */
    private String movable(Http.Reply reply) {
        String cell = seen(reply);
        return reply.status() == 200 ? cell + " instances=" + reply.json().path("экземпляровВсего").asInt(-1) : cell;
    }

    /** A profile names its person: B's curator's name (not a marker of B, as it is the name of A's curator too). */
    private String profileOf(Http.Reply reply) {
        return reply.status() == 200 && reply.json().path("id").asText().equals(b.curator) ? "200 LEAK profile" : seen(reply);
    }

    private String counted(Http.Reply reply) {
        if (reply.status() >= 300) {
            return String.valueOf(reply.status());
        }
        long count = reply.json().path("count").asLong(-1);
        return count == 0 ? String.valueOf(reply.status()) : reply.status() + " LEAK count=" + count;
    }

    /** Every filter the person sees, listed: 200 when each answers without B's tasks. */
    private String everyFiltersList(String role) {
        Http.Reply filters = rest(role, "/filter?resourceType=Task");
        if (filters.status() != 200) {
            return String.valueOf(filters.status());
        }
        List<String> cells = new ArrayList<>();
        for (JsonNode filter : filters.json()) {
            String cell = seen(http(role).postJson("/engine-rest/filter/" + filter.get("id").asText() + "/list", "{}"));
            if (!cell.equals("200")) {
                cells.add(filter.get("name").asText() + ": " + cell);
            }
        }
        return cells.isEmpty() ? "200" : String.join("; ", cells);
    }

    /** The programme's start form as Tasklist posts it, in school B. */
    private String startInB() {
        return "{\"variables\":{\"schoolId\":{\"value\":\"" + b.school.id() + "\"},\"schoolName\":{\"value\":\"Чужая школа\"},"
                + "\"schoolYear\":{\"value\":\"2026/2027\"},\"programmeStartDate\":{\"value\":\"2026-09-01\"}}}";
    }

    private String deployedForB(String role, byte[] model, byte[] form) {
        Http.Reply reply = deploy(http(role), model, form);
        String cell = seen(reply);
        if (reply.status() == 403 && !reply.json().path("message").asText().matches("(?s).*[А-Яа-я].*")) {
            return cell + " not in Russian";
        }
        return cell;
    }

    private Http.Reply deploy(Http person, byte[] model, byte[] form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", "two-schools-matrix");
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "false");
        fields.put("tenant-id", b.school.id());
        return person.postMultipart("/engine-rest/deployment/create", fields,
                Map.of("migration-probe-v1.bpmn", model, "migration-probe.form", form));
    }

    private List<String> tenantsOfTasks(String role) {
        return new ArrayList<>(new LinkedHashSet<>(tenants(rest(role, "/task").json())));
    }

    private static List<String> tenants(JsonNode list) {
        Set<String> tenants = new HashSet<>();
        list.forEach(row -> tenants.add(row.path("tenantId").asText()));
        return new ArrayList<>(tenants);
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(row -> ids.add(row.path("id").asText()));
        return ids;
    }

    private static String table(Map<String, List<String>> seen) {
        StringBuilder table = new StringBuilder();
        seen.forEach((door, row) -> table.append(String.format("%-95s %s%n", door, row)));
        return table.toString();
    }

    private Http.Reply rest(String role, String path) {
        return http(role).get("/engine-rest" + path);
    }

    private Http http(String role) {
        String login = a.logins.get(role);
        return new Http(port).as(login, TestPeople.password(login));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TwoSchoolsRoleMatrixTest.class.getResourceAsStream("/migration/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A school of the test, its five people, its programme driven as its people do in Tasklist. */
    private final class SchoolYear {

        final School school;
        final String run = UUID.randomUUID().toString().substring(0, 8);
        final String key;
        final ProgrammeDriver driver;
        final ProgrammeSteps steps;
        final PairDriver pairs;
        final Map<String, String> logins = new LinkedHashMap<>();
        final String curator;

        SchoolYear(School school, String letter) {
            this.school = school;
            this.key = "tsrm-" + letter + "-" + run;
            this.driver = new ProgrammeDriver(engine, school.id(), key);
            this.steps = new ProgrammeSteps(driver, run);
            this.pairs = new PairDriver(engine, key);
            var identity = engine.getIdentityService();
            logins.put("director", TestPeople.ensure(identity, school, "tsrmdirector" + letter, Role.DIRECTOR, "Жукова", "Вера"));
            curator = TestPeople.ensure(identity, school, "tsrmcurator" + letter, Role.CURATOR, "Лунина", "Ольга");
            logins.put("curator", curator);
            logins.put("mentor", person("gromov" + run, Role.MENTOR, steps.email("gromov")));
            logins.put("mentee", person("young" + run, Role.MENTEE, steps.email("young1")));
            logins.put("methodologist", TestPeople.ensure(identity, school, "tsrmmethodologist" + letter, Role.METHODOLOGIST, "Пчёлкина", "Зоя"));
            person("zueva" + run, Role.MENTOR, steps.email("zueva"));
        }

        void toFormingPairs() {
            driver.start("Школа ролей " + run, LocalDate.of(2026, 9, 1), Map.of());
            steps.toFormingPairs(curator);
        }

        List<String> instanceIds() {
            return engine.getHistoryService().createHistoricProcessInstanceQuery().tenantIdIn(school.id()).list().stream()
                    .map(HistoricProcessInstance::getId).toList();
        }

        List<String> taskIds() {
            return engine.getTaskService().createTaskQuery().tenantIdIn(school.id()).list().stream().map(Task::getId).toList();
        }

        List<String> taskIdsOfCurators() {
            return engine.getTaskService().createTaskQuery().tenantIdIn(school.id())
                    .taskCandidateGroup(SchoolGroups.groupId(school.id(), Role.CURATOR)).list().stream().map(Task::getId).toList();
        }

        List<Filter> filters() {
            return engine.getFilterService().createFilterQuery().list().stream()
                    .filter(filter -> filter.getProperties() != null && school.id().equals(filter.getProperties().get("schoolId")))
                    .toList();
        }

        /** «Задачи куратора — …» of this school. */
        String curatorFilter() {
            return filters().stream().filter(filter -> Role.CURATOR.groupId().equals(filter.getProperties().get("role")))
                    .findFirst().orElseThrow().getName();
        }

        private String person(String login, Role role, String email) {
            TestPeople.ensure(engine.getIdentityService(), school, login, role, "Тестов", "Тест");
            var user = engine.getIdentityService().createUserQuery().userId(login).singleResult();
            user.setEmail(email);
            engine.getIdentityService().saveUser(user);
            return login;
        }
    }
}
