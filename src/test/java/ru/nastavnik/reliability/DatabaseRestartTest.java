package ru.nastavnik.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.identity.Role;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.RestartableDatabase;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;

/**
 * The database is restarted while mentors record their pairs' meetings and feedback through the REST API: a PostgreSQL
 * server of this test's own is stopped for some seconds and started again on the same port and data. Calls meanwhile
 * are refused with a Russian 503; the same application answers again once the database is back; every call that
 * succeeded is stored and moved its pair on, every refused one left nothing and its task open to be completed again;
 * the job executor carries on. Runs in a JVM of its own (the engines' registry is JVM-wide; pom.xml).
 * Size: {@code -Dreliability.dbrestart.users}, {@code .pairs} (per user), {@code .outage} (seconds), {@code .restarts}.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.metrics.enabled=false",
        "spring.datasource.hikari.connection-timeout=5000",
        // a job running when the database went away keeps its lock until it expires (five minutes by default)
        "camunda.bpm.job-execution.lock-time-in-millis=15000"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = RestartableDatabase.class)
class DatabaseRestartTest {

    @Autowired
    Schools schools;

    /** The school this class's rows belong to (support.TestSchools). */
    private String schoolId() {
        return school().id();
    }

    private School school() {
        return TestSchools.of(schools, ClassData.of(DatabaseRestartTest.class));
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseRestartTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFUSED = "База данных временно недоступна";
    private static final List<String> MENTOR_STEPS = List.of("Task_AcquaintanceMeeting", "Task_TrialMeeting", "Task_PlanningMeeting",
            "Task_JointMeeting", "Task_MentorFeedback");
    private static final Map<String, String> MEETING_KINDS = Map.of("Task_AcquaintanceMeeting", "ACQUAINTANCE",
            "Task_TrialMeeting", "TRIAL", "Task_PlanningMeeting", "PLANNING", "Task_JointMeeting", "JOINT_WORK");

    @Autowired
    ProcessEngine engine;
    @Autowired
    MentorBank mentorBank;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate start = LocalDate.now().minusDays(20);
    private final String curator = "dbrcurator" + run;
    private final Map<String, String> mentorIds = new HashMap<>();

    /** One HTTP call of a user and its answer, with when it was sent and answered. */
    record Call(String user, String what, String taskId, String taskKey, String pairInstance, int status, String body, long sent, long answered) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A stretch of time with the database down: from the stop until the server accepts connections again. */
    record Outage(long down, long up) {
        boolean overlaps(Call call) {
            return call.sent() < up && call.answered() > down;
        }
    }

    @Test
    void mentorsWorkThroughARestartOfTheDatabaseAndNothingIsHalfWritten() throws Exception {
        int users = Integer.getInteger("reliability.dbrestart.users", 4);
        int pairsEach = Integer.getInteger("reliability.dbrestart.pairs", 2);
        int outageSeconds = Integer.getInteger("reliability.dbrestart.outage", 5);
        int restarts = Integer.getInteger("reliability.dbrestart.restarts", 1);
        long began = System.nanoTime();
        TestPeople.ensure(engine.getIdentityService(), school(), curator, Role.CURATOR, "Зимина", "Ольга");
        List<String> mentors = new ArrayList<>();
        List<String> instances = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String mentor = mentor(u);
            mentors.add(mentor);
            for (int p = 0; p < pairsEach; p++) {
                instances.add(startPair(mentor, u + "-" + p));
            }
        }
        waitFor(Duration.ofSeconds(60), "every pair at its first meeting (the job executor sends the entry questionnaires)",
                () -> openSteps(instances) == instances.size());

        Http tasklist = new Http(port);
        assertThat(tasklist.loginToTasklist(curator, TestPeople.password(curator)).status()).isLessThan(300);
        Http pages = new Http(port).as(curator, TestPeople.password(curator));
        assertThat(health()).isEqualTo(200);

        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicBoolean working = new AtomicBoolean(true);
        ExecutorService people = Executors.newFixedThreadPool(users);
        List<Future<?>> loops = mentors.stream().map(mentor -> people.submit(() -> work(mentor, calls, working))).collect(Collectors.toList());

        List<Outage> outages = new ArrayList<>();
        List<Long> recoveries = new ArrayList<>();
        List<Long> healthRecoveries = new ArrayList<>();
        List<Long> failedJobs = new ArrayList<>();
        List<Call> others = new ArrayList<>();
        for (int restart = 0; restart < restarts; restart++) {
            int before = okSince(calls, Long.MIN_VALUE);
            waitFor(Duration.ofSeconds(60), "the mentors at work", () -> okSince(calls, Long.MIN_VALUE) >= before + users);
            // new pairs just before the stop: the job executor is sending their entry questionnaires when it goes
            List<String> caught = new ArrayList<>();
            for (String mentor : mentors) {
                caught.add(startPair(mentor, "r" + restart + "-" + mentors.indexOf(mentor)));
            }
            instances.addAll(caught);
            long down = System.nanoTime();
            RestartableDatabase.stop();
            log.info("Database stopped ({} of {})", restart + 1, restarts);
            // while it is down: Tasklist's own API, one of our pages, the health endpoint
            CompletableFuture<Http.Reply> tasklistCall = CompletableFuture.supplyAsync(() ->
                    tasklist.get("/camunda/api/engine/engine/default/task?candidateGroup=curator&maxResults=5"));
            CompletableFuture<Http.Reply> pageCall = CompletableFuture.supplyAsync(() -> pages.getHtml("/pairs"));
            CompletableFuture<Integer> healthCall = CompletableFuture.supplyAsync(this::health);
            await("health not UP while the database is down").during(Duration.ofSeconds(outageSeconds))
                    .atMost(Duration.ofSeconds(outageSeconds + 30L)).until(() -> !healthCall.isDone() || healthCall.get() != 200);
            others.add(call("tasklist", tasklistCall.get(), down));
            others.add(call("page", pageCall.get(), down));
            assertThat(healthCall.get()).as("health while the database is down").isEqualTo(503);
            RestartableDatabase.start();
            long up = System.nanoTime();
            log.info("Database started again after {} ms", Duration.ofNanos(up - down).toMillis());
            outages.add(new Outage(down, up));
            waitFor(Duration.ofSeconds(30), "health UP again", () -> health() == 200);
            healthRecoveries.add(System.nanoTime() - up);
            waitFor(Duration.ofSeconds(30), "a mentor's call answered again", () -> okSince(calls, up) > 0);
            recoveries.add(calls.stream().filter(c -> c.ok() && c.sent() >= up).mapToLong(Call::answered).min().orElseThrow() - up);
            // a job that failed with the database is a retry (R5/PT5M) or still locked; five minutes later it has run
            List<Job> waiting = engine.getManagementService().createJobQuery().activityId("ServiceTask_SendEntryQuestionnaire").list()
                    .stream().filter(job -> caught.contains(job.getProcessInstanceId())).toList();
            assertThat(waiting).as("no job caught by the outage without retries").allSatisfy(job -> assertThat(job.getRetries()).isPositive());
            failedJobs.add(waiting.stream().filter(job -> job.getExceptionMessage() != null).count());
            ClockUtil.offset(Duration.ofMinutes(6).toMillis());
            try {
                waitFor(Duration.ofSeconds(60), "the jobs caught by the outage run", () -> engine.getManagementService().createJobQuery()
                        .activityId("ServiceTask_SendEntryQuestionnaire").list().stream().noneMatch(job -> caught.contains(job.getProcessInstanceId())));
            } finally {
                ClockUtil.reset();
            }
        }

        waitFor(Duration.ofSeconds(60 + 2L * instances.size()), "every mentor's step of every pair done", () -> openSteps(instances) == 0
                && countMentorFeedback(instances) == instances.size());
        working.set(false);
        for (Future<?> loop : loops) {
            loop.get();
        }
        people.shutdown();

        // refused calls: only while the database was down, a Russian 503, no trace of the exception
        List<Call> all = new ArrayList<>(calls);
        all.addAll(others);
        List<Call> refused = all.stream().filter(c -> !c.ok()).toList();
        assertThat(refused).as("calls refused while the database was down").isNotEmpty();
        assertThat(refused).allSatisfy(call -> {
            assertThat(call.status()).as(call.toString()).isEqualTo(503);
            assertThat(call.body()).as(call.toString()).contains(REFUSED).doesNotContain("Exception", "\tat ", "SQL", "Hikari", "JDBC");
            assertThat(outages.stream().anyMatch(outage -> outage.overlaps(call))).as("refused only during an outage: " + call).isTrue();
        });
        assertThat(others).as("Tasklist's API and our page while the database is down").allSatisfy(call -> assertThat(call.status()).isEqualTo(503));
        assertThat(others.stream().filter(c -> c.what().equals("page"))).allSatisfy(call -> assertThat(call.body()).startsWith("<!DOCTYPE html>"));

        // nothing half-written: each success stored once and its task completed; each refused task completed later
        List<Call> submits = calls.stream().filter(c -> c.what().equals("submit")).toList();
        Map<String, List<Call>> byTask = submits.stream().collect(Collectors.groupingBy(Call::taskId));
        byTask.forEach((task, tries) -> {
            assertThat(tries.stream().filter(Call::ok)).as("task %s completed exactly once: %s", task, tries).hasSize(1);
            assertThat(tries.get(tries.size() - 1).ok()).as("the last try of task %s is its success: %s", task, tries).isTrue();
            HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task).singleResult();
            assertThat(done.getEndTime()).as("task %s ended", task).isNotNull();
            assertThat(done.getDeleteReason()).isEqualTo("completed");
        });
        assertThat(byTask).as("every mentor step of every pair submitted").hasSize(instances.size() * MENTOR_STEPS.size());
        for (String instance : instances) {
            String pairId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("pairId").singleResult().getValue();
            List<String> kinds = jdbc.queryForList("select kind from nst_meeting where pair_id = ? order by held_on", String.class, pairId);
            assertThat(kinds).as("pair %s: each meeting stored once", pairId).containsExactly("ACQUAINTANCE", "TRIAL", "PLANNING", "JOINT_WORK");
        }
        assertThat(countMentorFeedback(instances)).as("one mentor feedback per pair").isEqualTo(instances.size());

        // the job executor: nothing stuck, no incident, and it still runs jobs after the restart
        String late = startPair(mentors.get(0), "late");
        waitFor(Duration.ofSeconds(60), "a pair started after the restart at its first meeting", () -> openSteps(List.of(late)) == 1);
        Set<String> ours = Set.copyOf(instances);
        waitFor(Duration.ofSeconds(60), "no due job of the pairs left", () -> engine.getManagementService().createJobQuery().executable().list()
                .stream().noneMatch(job -> ours.contains(job.getProcessInstanceId())));
        List<Job> spent = engine.getManagementService().createJobQuery().noRetriesLeft().list().stream()
                .filter(job -> ours.contains(job.getProcessInstanceId())).toList();
        assertThat(spent).as("no job without retries").isEmpty();
        assertThat(engine.getRuntimeService().createIncidentQuery().list().stream().filter(i -> ours.contains(i.getProcessInstanceId())))
                .as("no incident").isEmpty();

        long duringOutage = calls.stream().filter(c -> outages.stream().anyMatch(o -> o.overlaps(c))).count();
        log.info("Database restart: {} users, {} pairs, {} restart(s) of {} s (down {} ms); calls overlapping an outage {}: {} ok, {} refused (503); "
                        + "{} calls in all, {} submissions; first mentor call answered {} ms after the database started, health UP after {} ms; "
                        + "entry questionnaire jobs of {} pairs started at the stop: {} with a failure recorded as a retry, all sent once due; "
                        + "whole test {} s",
                users, instances.size(), restarts, outageSeconds,
                outages.stream().map(o -> String.valueOf(Duration.ofNanos(o.up() - o.down()).toMillis())).collect(Collectors.joining("/")),
                duringOutage, duringOutage - refused.stream().filter(c -> !others.contains(c)).count(), refused.size() - others.size(),
                calls.size(), submits.size(),
                recoveries.stream().map(n -> String.valueOf(Duration.ofNanos(n).toMillis())).collect(Collectors.joining("/")),
                healthRecoveries.stream().map(n -> String.valueOf(Duration.ofNanos(n).toMillis())).collect(Collectors.joining("/")),
                users, failedJobs.stream().map(String::valueOf).collect(Collectors.joining("/")),
                Duration.ofNanos(System.nanoTime() - began).toSeconds());
    }

    /** A mentor at work, as in Tasklist: the list of their tasks, then the first one's form, then a pause, until told to stop. */
    private void work(String mentor, ConcurrentLinkedQueue<Call> calls, AtomicBoolean working) {
        Http http = new Http(port).as(mentor, TestPeople.password(mentor));
        // a step every 150 ms, until told to stop
        await().forever().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(150)).until(() -> {
            if (!working.get()) {
                return true;
            }
            long sent = System.nanoTime();
            Http.Reply list = http.get("/engine-rest/task?assignee=" + mentor + "&processInstanceBusinessKey=dbr-" + run);
            calls.add(new Call(mentor, "list", null, null, null, list.status(), list.body(), sent, System.nanoTime()));
            if (list.status() == 200) {
                for (JsonNode task : list.json()) {
                    String key = task.path("taskDefinitionKey").asText();
                    if (MENTOR_STEPS.contains(key)) {
                        String id = task.path("id").asText();
                        long submitted = System.nanoTime();
                        Http.Reply reply = http.postJson("/engine-rest/task/" + id + "/submit-form", form(key));
                        calls.add(new Call(mentor, "submit", id, key, task.path("processInstanceId").asText(), reply.status(), reply.body(),
                                submitted, System.nanoTime()));
                        break;
                    }
                }
            }
            return false;
        });
    }

    private String form(String taskKey) {
        Map<String, Object> values = new HashMap<>();
        switch (taskKey) {
            case "Task_MentorFeedback" -> values.putAll(Map.of("feedbackRating", "5", "feedbackComment", "Полезно"));
            case "Task_AcquaintanceMeeting" -> values.putAll(meeting(start.plusDays(1)));
            case "Task_TrialMeeting" -> values.putAll(meeting(start.plusDays(2)));
            case "Task_PlanningMeeting" -> {
                values.putAll(meeting(start.plusDays(3)));
                // the joint meeting planned ahead: its reminder timer must not fire while the mentor records it
                values.putAll(PairDriver.planning(LocalDate.now().plusDays(10)));
            }
            default -> {
                values.putAll(meeting(LocalDate.now())); // today: the feedback on it is not overdue yet
                values.putAll(PairDriver.joint(LocalDate.now().plusDays(14), true));
            }
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        try {
            return JSON.writeValueAsString(Map.of("variables", variables));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> meeting(LocalDate day) {
        return Map.of("meetingDate", day.toString(), "meetingFormat", "in_person", "meetingTopic", "Тема встречи " + day,
                "meetingOutcome", "Договорились о следующих шагах");
    }

    private String mentor(int number) {
        String login = "dbrmentor" + run + "x" + number;
        TestPeople.ensure(engine.getIdentityService(), school(), login, Role.MENTOR, "Рестартов", "Наставник " + number);
        String email = login + "@test-school.example";
        assertThat(mentorBank.importPasted(schoolId(), "ФИО\tEmail\nРестартов " + run + " Наставник" + number + "\t" + email + "\n").imported()).isEqualTo(1);
        return login;
    }

    private String startPair(String mentor, String suffix) {
        String mentorId = mentorIds.computeIfAbsent(mentor, login -> mentorBank.list(schoolId()).stream()
                .filter(m -> m.email().equals(login + "@test-school.example")).findFirst().orElseThrow().id());
        Pair pair = new Pair("dbr" + run + "-" + suffix, mentorId, "Рестартов Наставник", List.of("dbr-mentee-" + suffix),
                List.of("Наставляемый " + suffix), 6, "teacherTeacher", "«Учитель — учитель»", start, start.plusMonths(6));
        return engine.getRuntimeService().startProcessInstanceByKey("MentoringPair", "dbr-" + run, Map.of("pair", JsonVariables.object(pair.toMap()),
                "schoolName", "Школа перезапуска " + run, "schoolYear", "2026/2027", "curator", curator, "schoolId", schoolId())).getId();
    }

    /** Open mentor steps (at most one per pair at a time). */
    private long openSteps(List<String> instances) {
        Set<String> ours = Set.copyOf(instances);
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey("dbr-" + run).list().stream()
                .filter(task -> ours.contains(task.getProcessInstanceId()) && MENTOR_STEPS.contains(task.getTaskDefinitionKey())).count();
    }

    private int countMentorFeedback(List<String> instances) {
        return jdbc.queryForObject("select count(*) from nst_feedback f join nst_meeting m on m.id = f.meeting_id "
                + "where m.pair_id like ? and f.person_kind = 'MENTOR'", Integer.class, "dbr" + run + "-%");
    }

    private int health() {
        return new Http(port).get("/actuator/health").status();
    }

    private static Call call(String what, Http.Reply reply, long sent) {
        return new Call(what, what, null, null, null, reply.status(), reply.body(), sent, System.nanoTime());
    }

    private static int okSince(ConcurrentLinkedQueue<Call> calls, long since) {
        return (int) calls.stream().filter(c -> c.ok() && c.what().equals("submit") && c.sent() >= since).count();
    }

    private static void waitFor(Duration limit, String what, BooleanSupplier done) {
        await(what).atMost(limit).pollInterval(Duration.ofMillis(200)).until(done::getAsBoolean);
    }
}
