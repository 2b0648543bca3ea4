package ru.nastavnik.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import ru.nastavnik.support.EngineClock;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.ResetEngineClock;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;

/**
 * Existing installations lose nothing (issue 15): a school ran release 63e7c98, the last before schools, through the
 * first weeks of its year (five orders signed and numbered, both banks, two pairs formed with everyone's consent, an
 * entry questionnaire answered, a pair's first meeting, a monitoring round whose SWOT waits for the director, an order
 * waiting for her signature, reminders and deadlines on their timers; {@link PreviousReleaseDatabase}). This release
 * starts on that database: Flyway's V8 makes it school {@code s1}, and the school carries on where it was.
 * The application has a database of its own, restored before it starts: a JVM of its own (failsafe execution
 * {@code release-upgrade}). The tests share that one start, so they run in the order of the school's next steps.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.metrics.enabled=false",
        "spring.datasource.hikari.connection-timeout=5000"})
@ActiveProfiles("postgres")
@Import(EngineClock.class)
@ExtendWith(ResetEngineClock.class)
@ContextConfiguration(initializers = PreviousReleaseDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseUpgradeToSchoolsTest {

    /** As the previous release's orders and reports name the school. */
    private static final String SCHOOL_NAME = "МБОУ «Средняя общеобразовательная школа № 7»";
    private static final String SCHOOL = "s1";
    private static final String DIRECTOR = "olddirector";
    private static final String CURATOR = "oldcurator";
    /** Questionnaire definitions and their versions stay shared by every school (issue 15). */
    private static final Set<String> SHARED = Set.of("nst_questionnaire_version");

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void everyRowOfTheSchoolIsStillThereAndBelongsToSchoolS1() {
        Map<String, Long> before = PreviousReleaseDatabase.before().rows();
        assertThat(before).as("the previous release's year").containsKeys("nst_order", "nst_mentor", "nst_mentee", "nst_consent",
                "nst_meeting", "nst_questionnaire_answer", "nst_monitoring_round");
        assertThat(before.get("nst_order")).isEqualTo(6);
        assertThat(before.get("nst_questionnaire_answer")).isPositive();
        assertThat(before.get("nst_consent")).isEqualTo(5);
        Map<String, Long> after = new HashMap<>();
        for (String table : before.keySet()) {
            after.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        assertThat(after).isEqualTo(before);
        List<String> ofASchool = jdbc.queryForList("select table_name from information_schema.columns "
                + "where table_schema = current_schema() and column_name = 'school_id' and table_name like 'nst\\_%'", String.class);
        assertThat(ofASchool).as("every table of the previous release but the shared ones has a school")
                .containsAll(before.keySet().stream().filter(table -> !SHARED.contains(table)).toList());
        for (String table : before.keySet()) {
            if (!SHARED.contains(table)) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where school_id is distinct from ?", Long.class, SCHOOL))
                        .as("rows of %s outside school s1", table).isZero();
            }
        }
        assertThat(before.values().stream().mapToLong(Long::longValue).sum()).as("the year left rows").isGreaterThan(50);

        Map<String, Object> school = jdbc.queryForMap("select full_name, short_name, time_zone, district_id from nst_school where id = ?", SCHOOL);
        assertThat(school.get("full_name")).isEqualTo(SCHOOL_NAME);
        assertThat(school.get("short_name")).isEqualTo(SCHOOL_NAME);
        assertThat(school.get("time_zone")).isEqualTo("Europe/Moscow");
        assertThat(jdbc.queryForObject("select count(*) from nst_school", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from nst_district where id = ?", String.class, school.get("district_id"))).isNotBlank();
    }

    @Test
    @Order(2)
    void everyRunningInstanceTaskAndTimerIsStillThereInTheSchoolsTenant() {
        PreviousReleaseDatabase.Before before = PreviousReleaseDatabase.before();
        assertThat(before.executions()).hasSizeGreaterThan(8);
        assertThat(before.tasks()).extracting(task -> task.get("task_def_key_")).contains("Task_SignOrder", "Task_ReviewSwot",
                "Task_AcquaintanceMeeting", "Task_TrialMeeting", "Task_CloseStageFive");
        assertThat(before.jobs()).extracting(job -> job.get("handler_type_")).contains("timer-transition", "timer-intermediate-transition");

        for (Map<String, Object> execution : before.executions()) {
            Map<String, Object> now = jdbc.queryForMap("select proc_inst_id_, business_key_, tenant_id_ from act_ru_execution where id_ = ?",
                    execution.get("id_"));
            assertThat(now.get("proc_inst_id_")).isEqualTo(execution.get("proc_inst_id_"));
            assertThat(now.get("business_key_")).isEqualTo(execution.get("business_key_"));
            assertThat(now.get("tenant_id_")).as("the tenant of execution %s", execution.get("id_")).isEqualTo(SCHOOL);
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().withoutTenantId().count()).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn(SCHOOL).count())
                .isEqualTo(before.executions().stream().filter(e -> Objects.equals(e.get("id_"), e.get("proc_inst_id_"))).count());
        for (Map<String, Object> task : before.tasks()) {
            Map<String, Object> now = jdbc.queryForMap("select task_def_key_, assignee_, due_date_, tenant_id_ from act_ru_task where id_ = ?",
                    task.get("id_"));
            assertThat(now.get("task_def_key_")).isEqualTo(task.get("task_def_key_"));
            assertThat(now.get("assignee_")).isEqualTo(task.get("assignee_"));
            assertThat(now.get("due_date_")).isEqualTo(task.get("due_date_"));
            assertThat(now.get("tenant_id_")).isEqualTo(SCHOOL);
        }
        for (Map<String, Object> job : before.jobs()) {
            Job now = engine.getManagementService().createJobQuery().jobId((String) job.get("id_")).singleResult();
            assertThat(now).as("job %s", job).isNotNull();
            assertThat(now.getDuedate()).isEqualTo((Date) job.get("duedate_"));
            assertThat(now.getProcessInstanceId()).isEqualTo(job.get("process_instance_id_"));
            assertThat(now.getTenantId()).isEqualTo(SCHOOL);
        }
        for (Map<String, Object> table : jdbc.queryForList("select table_name, string_agg(column_name, ',') as owners "
                + "from information_schema.columns where table_schema = current_schema() and (table_name like 'act\\_ru\\_%' "
                + "or table_name like 'act\\_hi\\_%') and column_name in ('proc_inst_id_', 'process_instance_id_', 'task_id_') "
                + "and table_name in (select table_name from information_schema.columns where column_name = 'tenant_id_') "
                + "group by table_name")) {
            String owned = String.join(" is not null or ", ((String) table.get("owners")).split(",")) + " is not null";
            assertThat(jdbc.queryForObject("select count(*) from " + table.get("table_name") + " where (" + owned
                    + ") and tenant_id_ is distinct from ?", Long.class, SCHOOL))
                    .as("rows of an instance or a task in %s without the school's tenant", table.get("table_name")).isZero();
        }
        assertThat(engine.getIdentityService().createTenantQuery().userMember(DIRECTOR).includingGroupsOfUser(true).list())
                .extracting(tenant -> tenant.getId()).containsExactly(SCHOOL);
    }

    @Test
    @Order(3)
    void theDirectorAndTheCuratorStillSeeTheirOpenTasksWithTheirPasswords() {
        List<String> directors = idsOf("director");
        List<String> curators = idsOf("curator");
        assertThat(directors).hasSize(2);
        assertThat(curators).hasSize(3);
        assertThat(visibleTo(DIRECTOR)).containsAll(directors);
        assertThat(visibleTo(CURATOR)).containsAll(curators);
        JsonNode review = as(DIRECTOR).get("/engine-rest/task/" + taskOf("Task_ReviewSwot")).json();
        assertThat(review.get("tenantId").asText()).isEqualTo(SCHOOL);
        assertThat(as(DIRECTOR).get("/engine-rest/task/" + taskOf("Task_ReviewSwot") + "/variables/swotStrengths").json()
                .get("value").asText()).as("what the curator wrote before the upgrade").isEqualTo("Пары сформированы");
    }

    @Test
    @Order(3)
    void theDirectorStillReadsTheSchoolsPeopleButNoLongerEveryonesAccount() {
        assertThat(as(DIRECTOR).get("/engine-rest/user/" + CURATOR + "/profile").json().path("id").asText())
                .as("the curator's name, as Tasklist shows the assignee").isEqualTo(CURATOR);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("director", "curator")
                .resourceType(Resources.USER).resourceId("*").count())
                .as("the previous release's READ on every user").isZero();
        User outsider = engine.getIdentityService().newUser("outsider-of-s1");
        outsider.setLastName("Посторонний");
        engine.getIdentityService().saveUser(outsider);
        try {
            assertThat(as(DIRECTOR).get("/engine-rest/user/outsider-of-s1/profile").status())
                    .as("a person of no school of theirs").isEqualTo(404);
        } finally {
            engine.getIdentityService().deleteUser("outsider-of-s1");
        }
    }

    @Test
    @Order(4)
    void theNextSignedOrderGetsTheNextNumberOfTheYear() {
        List<Integer> numbers = jdbc.queryForList("select number from nst_order where status = 'SIGNED' order by number", Integer.class);
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5);
        String signing = taskOf("Task_SignOrder");
        String instance = engine.getTaskService().createTaskQuery().taskId(signing).singleResult().getProcessInstanceId();
        String orderId = (String) engine.getRuntimeService().getVariable(instance, "orderId");

        Http.Reply signed = as(DIRECTOR).postJson("/engine-rest/task/" + signing + "/submit-form",
                "{\"variables\": {\"orderDecision\": {\"value\": \"sign\"}}}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(204);
        runJobsOf(instance);

        Map<String, Object> order = jdbc.queryForMap("select status, number, school_year, school_id, signed_by from nst_order where id = ?", orderId);
        assertThat(order.get("status")).isEqualTo("SIGNED");
        assertThat(order.get("number")).as("after the five of the previous release").isEqualTo(6);
        assertThat(order.get("school_year")).isEqualTo("2026/2027");
        assertThat(order.get("school_id")).isEqualTo(SCHOOL);
        assertThat(order.get("signed_by")).isEqualTo(DIRECTOR);
    }

    @Test
    @Order(5)
    void aDeadlineTimerOfThePreviousReleaseFiresAndTheCuratorIsReminded() {
        Job overdue = engine.getManagementService().createJobQuery().activityId("Timer_StageOverdue").singleResult();
        assertThat(overdue.getTenantId()).isEqualTo(SCHOOL);
        int letters = TestMailServer.receivedBy(CURATOR + "@test-school.example").size();

        ClockUtil.setCurrentTime(overdue.getDuedate());
        engine.getManagementService().executeJob(overdue.getId());
        runJobsOf(overdue.getProcessInstanceId());

        await("the curator's reminder").atMost(Duration.ofSeconds(20))
                .until(() -> TestMailServer.receivedBy(CURATOR + "@test-school.example").size() > letters);
        assertThat(jdbc.queryForObject("select count(*) from nst_sent_mail where school_id is distinct from ?", Long.class, SCHOOL)).isZero();
    }

    private List<String> idsOf(String candidateGroup) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> task : PreviousReleaseDatabase.before().tasks()) {
            String id = (String) task.get("id_");
            boolean candidate = engine.getTaskService().getIdentityLinksForTask(id).stream()
                    .anyMatch(link -> candidateGroup.equals(link.getGroupId()));
            if (candidate) {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<String> visibleTo(String login) {
        Http.Reply tasks = as(login).get("/engine-rest/task?maxResults=200");
        assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        tasks.json().forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private String taskOf(String key) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(key).singleResult().getId();
    }

    private Http as(String login) {
        return new Http(port).as(login, TestPeople.password(login));
    }

    /** What the job executor would run next in that instance (the continuations after a step), one at a time. */
    private void runJobsOf(String processInstanceId) {
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).messages().list();
        while (!jobs.isEmpty()) {
            engine.getManagementService().executeJob(jobs.get(0).getId());
            jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).messages().list();
        }
    }
}
