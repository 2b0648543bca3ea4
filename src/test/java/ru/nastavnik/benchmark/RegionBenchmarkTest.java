package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.pair.MentorApprovalWatch;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.Mentor;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.EngineClock;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;

/**
 * The region benchmark (docs/benchmarks.md): a region's school year on one node (the production profile on
 * PostgreSQL, mail to an in-process SMTP server), side by side with the bare engine. Every {@code mvn verify} runs it
 * with the smoke's tiny numbers; {@code mvn -B -Pbenchmark verify} at full scale. Prints the table of figures at the end.
 */
@NastavnikTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegionBenchmarkTest {

    @Autowired
    Schools schools;

    /** The school this class's rows belong to (support.TestSchools). */
    private String schoolId() {
        return TestSchools.of(schools, ClassData.of(RegionBenchmarkTest.class)).id();
    }

    private static final Scale SCALE = Scale.current();

    @Autowired
    ProcessEngine engine;
    @Autowired
    MentorBank mentors;
    @Autowired
    MenteeBank mentees;
    @Autowired
    MentorApprovalWatch watch;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    CamundaBpmProperties camunda;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    private Region region;

    @BeforeEach
    void region() {
        region = new Region(engine, mentors, mentees, watch, schoolId());
        TestPeople.ensure(engine.getIdentityService(), Region.CURATOR, "curator", "Кураторова", "Анна");
        TestMailServer.purge();
    }

    @AfterAll
    static void table() {
        Figures.print(SCALE);
    }

    @Test
    @Order(1)
    void pairLifecycleAgainstTheBareEngine() {
        LocalDate today = EngineClock.today();
        int count = SCALE.warmUpPairs() + SCALE.pairs();
        String tag = Region.tag();
        List<Pair> pairs = region.approve(region.propose(region.importMentors(tag, (count + 2) / 3),
                region.importMentees(tag, count, today), today), today);
        ProcessEngine bare = BareEngine.start();
        double[] perSecond;
        try {
            String bareDatabase = ((ProcessEngineConfigurationImpl) bare.getProcessEngineConfiguration()).getJdbcUrl()
                    .replaceAll(".*/([^/?]+).*", "$1");
            DatabaseWork ours = DatabaseWork.from(jdbc, jdbc.queryForObject("select current_database()", String.class));
            DatabaseWork baseline = DatabaseWork.from(jdbc, bareDatabase);
            perSecond = new PairLifecycle(engine, bare, schoolId()).run(pairs, SCALE.warmUpPairs(), today);
            boolean wait = !SCALE.name().equals("smoke");
            Figures.add("1 Pair lifecycle", "Nastavnik, database work per pair", ours.perItem(count, wait));
            Figures.add("1 Pair lifecycle", "bare engine, database work per pair", baseline.perItem(count, false));
            Figures.add("1 Pair lifecycle", "Nastavnik, tables read whole most", ours.wholeTableReads(6));
        } finally {
            bare.close();
            ClockUtil.reset();
        }
        assertThat(PairLifecycle.reminders()).as("two reminders per pair reached the SMTP server").isEqualTo(2 * count);
        String history = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistory();
        Figures.add("1 Pair lifecycle", "pairs driven (after " + SCALE.warmUpPairs() + " warm-up)", String.valueOf(SCALE.pairs()));
        Figures.add("1 Pair lifecycle", "Nastavnik, pairs/s (history " + history + ")", Figures.number(perSecond[0]));
        Figures.add("1 Pair lifecycle", "bare engine, pairs/s (defaults, history full)", Figures.number(perSecond[1]));
        double ratio = perSecond[0] / perSecond[1];
        Figures.target("1 Pair lifecycle", "ratio Nastavnik / bare", Figures.number(ratio) + " ×", "≥ 1.2 ×", ratio >= 1.2);
    }

    @Test
    @Order(2)
    void timerStorm() throws Exception {
        String tag = Region.tag();
        List<Mentor> stormMentors = region.importMentors(tag, (SCALE.stormPairs() + 2) / 3);
        LocalDate meeting = EngineClock.today().plusDays(3);
        Duration patience = SCALE.full() ? Duration.ofMinutes(15) : Duration.ofMinutes(1);
        long[] nanos;
        try {
            nanos = new TimerStorm(engine, jdbc, camunda.getJobExecution()).run(schoolId(), stormMentors, SCALE.stormPairs(), meeting, patience);
        } finally {
            ClockUtil.reset();
        }
        Figures.add("2 Timer storm", "pairs started at their joint meeting (setup, 2 threads)",
                SCALE.stormPairs() + " in " + Figures.seconds(nanos[0]));
        Figures.add("2 Timer storm", "job executor threads / jobs per acquisition", camunda.getJobExecution().getMaxPoolSize()
                + " / " + camunda.getJobExecution().getMaxJobsPerAcquisition());
        Figures.add("2 Timer storm", "reminders sent = GreenMail messages = nst_sent_mail keys = distinct tasks", String.valueOf(SCALE.stormPairs()));
        double seconds = nanos[1] / 1e9;
        Figures.target("2 Timer storm", "all reminders sent, exactly once each", Figures.seconds(nanos[1])
                + " (" + Figures.number(SCALE.stormPairs() / seconds) + " /s)", "≤ 120 s", seconds <= 120);
        if (!SCALE.full()) {
            deleteInstances("MentoringPair", "bench-storm-");
        }
    }

    @Test
    @Order(3)
    void taskListsInSchools() throws Exception {
        new TaskLists(engine, port).deploy();
        SchoolTaskLists lists = new SchoolTaskLists(engine, schools, port);
        long setup = System.nanoTime();
        lists.schools(SCALE.schools(), SCALE.mentors());
        Figures.add("3 Task lists", "schools added (tenant, groups, filters) with a curator and " + SCALE.mentors() + " mentors each",
                SCALE.schools() + " in " + Figures.seconds(System.nanoTime() - setup));
        long nanos = lists.open(SCALE.openTasks(), transaction);
        Figures.add("3 Task lists", "open tasks started (200 a transaction), " + SCALE.openTasks() + " a school",
                SCALE.openTasks() * SCALE.schools() + " in " + Figures.seconds(nanos));
        try {
            int mentorPage = Math.min(15, SCALE.openTasks() / SCALE.mentors());
            report("«Мои задачи» of a mentor", lists.latencies(lists.mentors, "Мои задачи", SCALE.listCalls(), mentorPage));
            report("«Задачи куратора — школа» of a curator",
                    lists.latencies(lists.curators, "Задачи куратора", SCALE.listCalls(), Math.min(15, SCALE.openTasks())));
            report("«Мои задачи» of a mentor, in Tasklist (session, HAL)",
                    lists.tasklistLatencies(lists.mentors, "Мои задачи", SCALE.listCalls(), mentorPage));
            report("«Задачи куратора — школа» of a curator, in Tasklist (session, HAL)",
                    lists.tasklistLatencies(lists.curators, "Задачи куратора", SCALE.listCalls(), Math.min(15, SCALE.openTasks())));
            TaskQueryPlans.print(jdbc, lists, SCALE.full());
        } finally {
            if (!SCALE.full()) {
                lists.close();
            }
        }
    }

    @Test
    @Order(4)
    void bulkImportAndOneOrderOfPairs() {
        LocalDate today = EngineClock.today();
        BulkWork.Result result = new BulkWork(engine, region, transaction).run(SCALE.importedMentees(), SCALE.formedPairs(), today);
        Figures.add("4 Bulk work", "import " + SCALE.importedMentees() + " mentees from CSV (+ one 30-day watch each)",
                Figures.seconds(result.importNanos()) + " (" + Figures.number(SCALE.importedMentees() / (result.importNanos() / 1e9)) + " /s)");
        Figures.add("4 Bulk work", SCALE.formedPairs() + " pairs proposed (registerPairsDelegate's path, one transaction)", Figures.seconds(result.proposeNanos()));
        Figures.add("4 Bulk work", SCALE.formedPairs() + " pairs approved by the order (approvePairsDelegate's path)", Figures.seconds(result.approveNanos()));
        Figures.add("4 Bulk work", SCALE.formedPairs() + " MentoringPair started (startPairsDelegate's path)", Figures.seconds(result.startNanos()));
        if (!SCALE.full()) {
            result.pairInstances().forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "benchmark done"));
        }
    }

    @Test
    @Order(5)
    void districtAddsSchoolsAndTeachers() {
        int schoolCount = SCALE.full() ? 500 : 2;
        int perSchool = SCALE.full() ? 20 : 3;
        long[] nanos = new BulkAccounts(context, engine, jdbc, camunda.getJobExecution())
                .run(schoolCount, perSchool, SCALE.full() ? Duration.ofMinutes(15) : Duration.ofMinutes(2));
        Figures.add("5 District bulk", schoolCount + " schools from one CSV, directors' accounts included", Figures.seconds(nanos[0]));
        Figures.add("5 District bulk", schoolCount * perSchool + " teachers' accounts (Accounts.ensure, mentors and mentees)",
                Figures.seconds(nanos[1] - nanos[0]));
        double seconds = nanos[2] / 1e9;
        Figures.target("5 District bulk", "all accounts made, " + (schoolCount + schoolCount * perSchool)
                + " letters at the SMTP server, once each", Figures.seconds(nanos[2]), "< 5 min", seconds < 300);
    }

    private void report(String list, long[] latencies) {
        double p95 = TaskLists.percentile(latencies, 95);
        Figures.add("3 Task lists", list + ", p50 / p99 (" + latencies.length + " calls)",
                Figures.millis(TaskLists.percentile(latencies, 50)) + " / " + Figures.millis(TaskLists.percentile(latencies, 99)));
        Figures.target("3 Task lists", list + ", p95", Figures.millis(p95), "< 50 ms", p95 < 50e6);
    }

    private void deleteInstances(String processKey, String businessKeyPrefix) {
        Stream.of(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                        .processInstanceBusinessKeyLike(businessKeyPrefix + "%").list())
                .flatMap(List::stream)
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "benchmark done"));
    }
}
