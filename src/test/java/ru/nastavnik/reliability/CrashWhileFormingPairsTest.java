package ru.nastavnik.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import ru.nastavnik.support.ApplicationProcess;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.ProductionLikeEnvironment;
import ru.nastavnik.support.TestDatabase;
import ru.nastavnik.support.TestMailServer;

/**
 * {@code kill -9} of the application (a JVM of its own on the postgres profile) while the director signs the orders on
 * forming pairs and the job executor starts the signed pairs' work: after a restart on the same database each pair is
 * formed with its signed, numbered order or not at all, the order numbers have no gap and no duplicate, and the
 * curator's forms and consents given before the kill are kept. Everything is done as the school's people do it, over
 * REST with HTTP Basic. Pairs: {@code -Dreliability.crashPairs=N} (12 by default, the reliability profile: 1,000), in
 * {@code -Dreliability.crashOrders=K} rounds of forming, each with its own order (4 by default, 10 in the profile).
 */
@Tag("integration")
class CrashWhileFormingPairsTest {

    private static final Logger log = LoggerFactory.getLogger(CrashWhileFormingPairsTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHOOL = "Школа аварийного останова";
    private static final String YEAR = "2026/2027";
    private static final String DIRECTOR = "crashdirector";
    private static final String CURATOR = "crashcurator";
    private static final String DISTRICT_ADMINISTRATOR = "crashdistrict";
    private static final String DISTRICT = "crash";
    private static final String PASSWORD = "crash-Staff-2026";
    private static final Duration START = Duration.ofMinutes(3);
    /**
     * How long a node's job lock lasts: a job the killed JVM had locked waits this long before the restarted one takes
     * it. Camunda's default (5 minutes) in the reliability profile; 20 s in the quick run.
     */
    private static final String LOCK_MILLIS = System.getProperty("reliability.crashLockMillis", "20000");

    private record Round(String formation, List<String> mentees) { }

    @Test
    void eachPairIsFormedWithItsNumberedOrderOrNotAtAllAfterAKill() throws Exception {
        int pairCount = Integer.getInteger("reliability.crashPairs", 12);
        int roundCount = Integer.getInteger("reliability.crashOrders", 4);
        long started = System.nanoTime();
        TestDatabase.Coordinates database = TestDatabase.newDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), database.password()));

        List<Round> rounds;
        Map<String, Boolean> signReplies = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        long formedNanos;
        try (ApplicationProcess first = ApplicationProcess.start("crash-first", ApplicationProcess.postgres(database), settings())) {
            first.awaitHealthy(START);
            expect(as(first, "admin").get("/engine-rest/process-definition/key/PairFormation"), 200); // healthy means deployed
            String school = addSchool(first, jdbc);
            staff(first, school);
            startProgramme(first);
            rounds = proposePairs(first, pairCount, roundCount);
            giveConsents(first, pairCount);
            awaitOrders(first, rounds);
            formedNanos = System.nanoTime() - started;
            signAndKill(first, rounds, signReplies, inFlight);
        }
        assertThat(signReplies).as("some orders were signed before the kill, some were not").isNotEmpty()
                .hasSizeLessThan(rounds.size());

        try (ApplicationProcess second = ApplicationProcess.start("crash-second", ApplicationProcess.postgres(database), settings())) {
            Duration toHealthy = second.awaitHealthy(START);
            int lockedByTheKilled = jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null", Integer.class);
            String school = jdbc.queryForObject("select id from nst_school where district_id = ?", String.class, DISTRICT);
            Map<String, Boolean> signed = checkEachRoundWholeOrNothing(second, jdbc, school, rounds, pairCount);
            signReplies.forEach((formation, ok) -> assertThat(signed.get(formation))
                    .as("an order signed before the kill (204) stays signed").isTrue());

            long finish = System.nanoTime();
            rounds.stream().filter(round -> !signed.get(round.formation())).forEach(round -> sign(second, round));
            awaitJobs(jdbc, pairCount);
            Duration toFinish = Duration.ofNanos(System.nanoTime() - finish);
            Map<String, Boolean> all = checkEachRoundWholeOrNothing(second, jdbc, school, rounds, pairCount);
            assertThat(all.values()).as("every order signed in the end").containsOnly(true);
            assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).as("incidents").isZero();
            assertThat(jdbc.queryForObject("select count(*) from nst_consent where agreed", Integer.class))
                    .as("the consents given before the kill are kept").isEqualTo(2 * pairCount);
            List<String> letters = TestMailServer.received().stream().flatMap(message -> TestMailServer.recipients(message).stream())
                    .filter(address -> address.endsWith("@crash-school.example")).toList();
            for (int i = 0; i < pairCount; i++) {
                assertThat(letters).as("the entry questionnaire reached the pair's mentor and mentee")
                        .contains("mentor" + i + "@crash-school.example", "young" + i + "@crash-school.example");
            }
            log.info("Crash: {} pairs in {} orders formed and consented in {} s; killed with {} of {} orders signed ({} answered, "
                            + "{} signatures in flight), {} jobs locked by the killed JVM; restart to healthy {} s; remaining orders "
                            + "signed and jobs done in {} s; {} letters to {} addresses; whole test {} s",
                    pairCount, rounds.size(), Duration.ofNanos(formedNanos).toSeconds(), signed.values().stream().filter(s -> s).count(),
                    rounds.size(), signReplies.size(), inFlight.get(), lockedByTheKilled, toHealthy.toMillis() / 1000.0, toFinish.toSeconds(),
                    letters.size(), Set.copyOf(letters).size(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    private static Map<String, String> settings() {
        return Map.of("camunda.bpm.job-execution.lock-time-in-millis", LOCK_MILLIS);
    }

    /**
     * The installation's first steps: its district and the district's administrator are written by whoever installs it
     * (no page creates a district), the administrator creates her account, and she adds the school on her page.
     * Returns the school's id.
     */
    private static String addSchool(ApplicationProcess app, JdbcTemplate jdbc) {
        jdbc.update("insert into nst_district (id, name, region_name, created_at) values (?, 'Район аварийного останова', null, now())",
                DISTRICT);
        jdbc.update("insert into nst_district_member (district_id, user_id, role) values (?, ?, 'ADMINISTRATOR')",
                DISTRICT, DISTRICT_ADMINISTRATOR);
        createPerson(app, DISTRICT_ADMINISTRATOR, "Крылова", "Анна", "district-admin");
        expect(as(app, DISTRICT_ADMINISTRATOR).postPage("/district/schools", List.of(Map.entry("fullName", SCHOOL),
                Map.entry("shortName", SCHOOL), Map.entry("timeZone", "МСК"), Map.entry("directorName", ""),
                Map.entry("directorEmail", "")), null), 200);
        return jdbc.queryForObject("select id from nst_school where district_id = ? and full_name = ?", String.class, DISTRICT, SCHOOL);
    }

    /** The director and the curator of the school, created by the administrator as the school's first step. */
    private static void staff(ApplicationProcess app, String school) {
        Http admin = app.http().as("admin", ProductionLikeEnvironment.ADMIN_PASSWORD);
        for (String[] person : new String[][] {{DIRECTOR, "director", "Гордеева", "Ольга"}, {CURATOR, "curator", "Панов", "Илья"}}) {
            createPerson(app, person[0], person[2], person[3], person[1]);
            expect(admin.put("/engine-rest/group/" + school + "-" + person[1] + "/members/" + person[0]), 204);
        }
    }

    private static void createPerson(ApplicationProcess app, String login, String lastName, String firstName, String group) {
        Http admin = app.http().as("admin", ProductionLikeEnvironment.ADMIN_PASSWORD);
        expect(admin.postJson("/engine-rest/user/create", "{\"profile\":{\"id\":\"" + login + "\",\"firstName\":\"" + firstName
                + "\",\"lastName\":\"" + lastName + "\",\"email\":\"" + login + "@crash-school.example\"},"
                + "\"credentials\":{\"password\":\"" + PASSWORD + "\"}}"), 204);
        expect(admin.put("/engine-rest/group/" + group + "/members/" + login), 204);
    }

    /** The director starts the year and appoints the curator (order No. 1); the curator fills the banks. */
    private static void startProgramme(ApplicationProcess app) {
        Http director = as(app, DIRECTOR);
        expect(director.postJson("/engine-rest/process-definition/key/MentoringProgramme/submit-form", variables(Map.of(
                "schoolName", value(SCHOOL), "schoolYear", value(YEAR), "programmeStartDate", value(LocalDate.now().toString())))), 200);
        submit(director, task(director, "taskDefinitionKey=Task_AppointCurator"), Map.of("curator", value(CURATOR),
                "workingGroup", value("Куратор и руководители МО")));
        submit(director, task(director, "taskDefinitionKey=Task_SignOrder"), Map.of("orderDecision", value("sign")));
    }

    /** The banks, then K rounds of «Формирование пар» started by the curator, one pair (one mentor, one mentee) a form. */
    private static List<Round> proposePairs(ApplicationProcess app, int pairCount, int roundCount) {
        Http curator = as(app, CURATOR);
        String workStart = LocalDate.now().minusDays(3).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        StringBuilder mentees = new StringBuilder("ФИО;Email;Дата начала работы\n");
        StringBuilder mentors = new StringBuilder("ФИО;Email\n");
        for (int i = 0; i < pairCount; i++) {
            mentees.append("Молодой Педагог ").append(i).append(";young").append(i).append("@crash-school.example;").append(workStart).append('\n');
            mentors.append("Опытный Наставник ").append(i).append(";mentor").append(i).append("@crash-school.example\n");
        }
        expect(curator.upload("/registry/mentees/import", "mentees.csv", mentees.toString().getBytes(StandardCharsets.UTF_8)), 200);
        expect(curator.upload("/registry/mentors/import", "mentors.csv", mentors.toString().getBytes(StandardCharsets.UTF_8)), 200);
        Map<String, String> menteeIds = ids(curator.get("/registry/mentees"), "young");
        Map<String, String> mentorIds = ids(curator.get("/registry/mentors"), "mentor");
        assertThat(menteeIds).hasSize(pairCount);
        assertThat(mentorIds).hasSize(pairCount);

        List<Round> rounds = new ArrayList<>();
        for (int r = 0; r < roundCount; r++) {
            List<Integer> pairs = IntStream.range(0, pairCount).filter(i -> i % roundCount == rounds.size()).boxed().toList();
            String formation = expect(curator.postJson("/engine-rest/process-definition/key/PairFormation/submit-form", "{\"variables\":{}}"), 200)
                    .json().path("id").asText();
            for (int p = 0; p < pairs.size(); p++) {
                int i = pairs.get(p);
                submit(curator, task(curator, "processInstanceId=" + formation + "&taskDefinitionKey=Task_FormPairs"), Map.of(
                        "mentor", value(mentorIds.get("mentor" + i)),
                        "mentees", Map.of("value", "[\"" + menteeIds.get("young" + i) + "\"]", "type", "Json"),
                        "months", Map.of("value", 9),
                        "mentoringForm", value("teacherTeacher"),
                        "addAnotherPair", Map.of("value", p < pairs.size() - 1)));
            }
            rounds.add(new Round(formation, pairs.stream().map(i -> menteeIds.get("young" + i)).toList()));
        }
        return rounds;
    }

    /** The curator records each written consent given on paper (the consent tasks are the curator's too). */
    private static void giveConsents(ApplicationProcess app, int pairCount) throws Exception {
        Http curator = as(app, CURATOR);
        AtomicInteger given = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            while (given.get() < 2 * pairCount) {
                JsonNode tasks = expect(curator.get("/engine-rest/task?processDefinitionKey=PairConsent&maxResults=300"), 200).json();
                assertThat(tasks.size()).as("consent tasks left").isPositive();
                List<Future<?>> done = new ArrayList<>();
                for (JsonNode task : tasks) {
                    done.add(pool.submit(() -> {
                        submit(as(app, CURATOR), task.path("id").asText(), Map.of("consentDecision", value("agree"),
                                "consentComment", value("Согласие на бумаге")));
                        given.incrementAndGet();
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The job executor joins the consents; each round's order then waits for the director's signature. */
    private static void awaitOrders(ApplicationProcess app, List<Round> rounds) {
        Http director = as(app, DIRECTOR);
        waitUntil(Duration.ofMinutes(10), "an order to sign per round", () -> rounds.stream().allMatch(round -> signingTask(director, round) != null));
    }

    /**
     * The director signs the rounds' orders from two tabs at once; as soon as half of them are answered, the application
     * is killed while the next signatures (and the entry questionnaires of the signed pairs) are in flight.
     */
    private static void signAndKill(ApplicationProcess app, List<Round> rounds, Map<String, Boolean> signReplies,
                                    AtomicInteger inFlight) throws Exception {
        Http director = as(app, DIRECTOR);
        Map<Round, String> tasks = new HashMap<>();
        rounds.forEach(round -> tasks.put(round, signingTask(director, round)));
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        for (Round round : rounds) {
            tabs.submit(() -> {
                inFlight.incrementAndGet();
                try {
                    Http.Reply reply = as(app, DIRECTOR).postJson("/engine-rest/task/" + tasks.get(round) + "/submit-form",
                            variables(Map.of("orderDecision", value("sign"))));
                    if (reply.status() == 204) {
                        signReplies.put(round.formation(), true);
                    }
                    inFlight.decrementAndGet();
                } catch (RuntimeException connectionLost) {
                    // killed while waiting for the answer
                }
            });
        }
        waitUntil(Duration.ofMinutes(10), "half the orders signed", () -> signReplies.size() >= rounds.size() / 2);
        app.kill();
        tabs.shutdown();
        assertThat(tabs.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    /**
     * Per round: either the order is signed with a number, every mentee is in a pair with the proposed mentor and has one
     * running MentoringPair; or the order waits unsigned, every mentee stays proposed and no MentoringPair exists. The
     * numbers of the school's signed orders are 1..n. Returns which rounds are signed.
     */
    private static Map<String, Boolean> checkEachRoundWholeOrNothing(ApplicationProcess app, JdbcTemplate jdbc, String school,
                                                                     List<Round> rounds, int pairCount) {
        Http curator = as(app, CURATOR);
        Map<String, JsonNode> bank = new HashMap<>();
        expect(curator.get("/registry/mentees"), 200).json().forEach(mentee -> bank.put(mentee.path("id").asText(), mentee));
        Map<String, Long> pairsOfMentee = jdbc.queryForList("""
                        select convert_from(b.bytes_, 'UTF8') from act_ru_variable v
                        join act_re_procdef d on d.id_ = v.proc_def_id_
                        join act_ge_bytearray b on b.id_ = v.bytearray_id_
                        where d.key_ = 'MentoringPair' and v.name_ = 'pair' and v.execution_id_ = v.proc_inst_id_""", String.class)
                .stream().flatMap(pair -> read(pair).path("menteeIds").valueStream().map(JsonNode::asText))
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        Map<String, Boolean> signed = new HashMap<>();
        for (Round round : rounds) {
            Map<String, Object> order = jdbc.queryForMap("""
                    select o.status, o.number from nst_order o
                    join act_hi_procinst p on p.id_ = o.process_instance_id
                    where p.super_process_instance_id_ = ? and o.kind = 'FORM_PAIRS'""", round.formation());
            boolean isSigned = "SIGNED".equals(order.get("status"));
            signed.put(round.formation(), isSigned);
            assertThat(order.get("number") != null).as("a signed order has a number, a draft none").isEqualTo(isSigned);
            for (String mentee : round.mentees()) {
                JsonNode inBank = bank.get(mentee);
                assertThat(inBank.path("status").asText()).as("bank status of a mentee of a %s order", isSigned ? "signed" : "unsigned")
                        .isEqualTo(isSigned ? "IN_PAIR" : "PROPOSED");
                assertThat(inBank.path("mentorApprovedOn").isNull()).isEqualTo(!isSigned);
                assertThat(pairsOfMentee.getOrDefault(mentee, 0L)).as("MentoringPair instances of a mentee").isEqualTo(isSigned ? 1 : 0);
            }
        }
        assertThat(pairsOfMentee.values().stream().mapToLong(Long::longValue).sum())
                .as("no MentoringPair beyond the rounds' pairs").isEqualTo(rounds.stream().filter(r -> signed.get(r.formation()))
                        .mapToLong(r -> r.mentees().size()).sum());
        List<Integer> numbers = jdbc.queryForList("select number from nst_order where school_id = ? and school_year = ? "
                + "and number is not null order by number", Integer.class, school, YEAR);
        assertThat(numbers).as("order numbers without gaps or duplicates")
                .isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        assertThat(jdbc.queryForObject("select last_number from nst_order_counter where school_id = ? and school_year = ?",
                Integer.class, school, YEAR)).as("the counter's last number is the last order's").isEqualTo(numbers.size());
        assertThat(numbers).hasSize(1 + (int) signed.values().stream().filter(s -> s).count());
        assertThat(pairCount).isEqualTo(rounds.stream().mapToInt(r -> r.mentees().size()).sum());
        return signed;
    }

    private static void sign(ApplicationProcess app, Round round) {
        Http director = as(app, DIRECTOR);
        submit(director, signingTask(director, round), Map.of("orderDecision", value("sign")));
    }

    /** The job executor has sent every pair's entry questionnaire: no job is due any more. */
    private static void awaitJobs(JdbcTemplate jdbc, int pairCount) {
        waitUntil(Duration.ofMinutes(20), "the due jobs done", () -> jdbc.queryForObject(
                "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())", Integer.class) == 0);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0 and lock_owner_ is not null", Integer.class))
                .as("no job left locked by the killed node").isZero();
    }

    private static String signingTask(Http director, Round round) {
        JsonNode orders = expect(director.get("/engine-rest/process-instance?superProcessInstance=" + round.formation()), 200).json();
        if (orders.isEmpty()) {
            return null;
        }
        JsonNode tasks = expect(director.get("/engine-rest/task?taskDefinitionKey=Task_SignOrder&processInstanceId="
                + orders.get(0).path("id").asText()), 200).json();
        return tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
    }

    private static String task(Http as, String query) {
        JsonNode tasks = expect(as.get("/engine-rest/task?" + query), 200).json();
        assertThat(tasks.size()).as("tasks for " + query).isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }

    private static void submit(Http as, String task, Map<String, Object> values) {
        expect(as.postJson("/engine-rest/task/" + task + "/submit-form", variables(values)), 204);
    }

    private static Map<String, String> ids(Http.Reply list, String emailPrefix) {
        Map<String, String> ids = new HashMap<>();
        expect(list, 200).json().forEach(person -> {
            String local = person.path("email").asText().split("@")[0];
            if (local.startsWith(emailPrefix)) {
                ids.put(local, person.path("id").asText());
            }
        });
        return ids;
    }

    private static Http as(ApplicationProcess app, String user) {
        return app.http().as(user, user.equals("admin") ? ProductionLikeEnvironment.ADMIN_PASSWORD : PASSWORD);
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private static String variables(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(Map.of("variables", values));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Http.Reply expect(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply;
    }

    private static void waitUntil(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        await(what).atMost(timeout).pollInterval(Duration.ofMillis(250)).until(condition::getAsBoolean);
    }
}
