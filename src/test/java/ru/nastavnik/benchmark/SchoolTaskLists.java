package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.NewSchool;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.TestPeople;

/**
 * Scenario 3 in schools: real schools (Camunda tenants, per-school groups and filters), each with its curator and
 * mentors, and open tasks started with {@code schoolId}; the lists are found as each person sees them (the Task filters
 * they may read, {@code GET /engine-rest/filter?resourceType=Task} with their credentials) and opened as Tasklist does.
 */
final class SchoolTaskLists {

    private static final String PAGE = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    private static final Pattern FILTER = Pattern.compile("\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"([^\"]+)\"");
    private static final Pattern TENANT = Pattern.compile("\"tenantId\":\"([^\"]*)\"");

    record Person(String login, School school) { }

    private final ProcessEngine engine;
    private final Schools schools;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final int port;
    private final String tag = Region.tag().replaceAll("[^a-z0-9]", "a");
    final List<School> added = new ArrayList<>();
    final List<Person> curators = new ArrayList<>();
    final List<Person> mentors = new ArrayList<>();

    SchoolTaskLists(ProcessEngine engine, Schools schools, int port) {
        this.engine = engine;
        this.schools = schools;
        this.baseUrl = "http://localhost:" + port + "/engine-rest";
        this.port = port;
    }

    /** The schools of a district of their own, each with its curator and mentors. */
    void schools(int count, int mentorsPerSchool) {
        String district = "bench" + tag;
        schools.addDistrict(district, "Район нагрузочного теста " + tag, "Нагрузочная область");
        for (int i = 0; i < count; i++) {
            String name = "Школа № " + (i + 1) + " (" + tag + ")";
            School school = schools.add("b" + tag + "n" + i, new NewSchool(name, name, district, ZoneId.of("Europe/Moscow")));
            added.add(school);
            curators.add(new Person(TestPeople.ensure(engine.getIdentityService(), school, "bc" + i + "x" + tag, Role.CURATOR,
                    "Кураторова", "Анна"), school));
            for (int m = 0; m < mentorsPerSchool; m++) {
                mentors.add(new Person(TestPeople.ensure(engine.getIdentityService(), school, "bm" + i + "y" + m + "x" + tag, Role.MENTOR,
                        "Наставников", "Иван"), school));
            }
        }
    }

    /** {@code perSchool} open tasks in every school, spread over its mentors, 200 a transaction; answers the nanoseconds. */
    long open(int perSchool, TransactionTemplate transaction) {
        long start = System.nanoTime();
        Map<String, List<Person>> bySchool = new HashMap<>();
        mentors.forEach(mentor -> bySchool.computeIfAbsent(mentor.school().id(), id -> new ArrayList<>()).add(mentor));
        for (School school : added) {
            List<Person> theirs = bySchool.get(school.id());
            for (int from = 0; from < perSchool; from += 200) {
                int first = from;
                transaction.executeWithoutResult(status -> {
                    for (int i = first; i < Math.min(perSchool, first + 200); i++) {
                        engine.getRuntimeService().startProcessInstanceByKey(TaskLists.PROCESS_KEY, "bench-tasks-" + tag, Map.of(
                                "mentor", theirs.get(i % theirs.size()).login(), "schoolName", school.shortName(), "schoolId", school.id()));
                    }
                });
            }
        }
        return System.nanoTime() - start;
    }

    /** The id of the Task filter named {@code prefix…} among those the person may read. */
    String filterOf(Person person, String prefix) throws Exception {
        HttpResponse<String> response = http.send(request(person.login(), "/filter?resourceType=Task").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher filter = FILTER.matcher(response.body());
        List<String> names = new ArrayList<>();
        while (filter.find()) {
            names.add(filter.group(2));
            if (filter.group(2).startsWith(prefix)) {
                return filter.group(1);
            }
        }
        throw new AssertionError(person.login() + " sees no filter «" + prefix + "…», only " + names);
    }

    /** Latencies (sorted, ns) of {@code calls} first pages, each of a random person, after a warm-up; only their school's tasks. */
    long[] latencies(List<Person> people, String prefix, int calls, int expectedPage) throws Exception {
        Random random = new Random(7);
        Map<String, String> filters = new HashMap<>();
        for (int i = 0; i < Math.min(20, calls); i++) {
            Person person = people.get(random.nextInt(people.size()));
            list(person, filters.computeIfAbsent(person.login(), login -> find(person, prefix)), expectedPage);
        }
        long[] latencies = new long[calls];
        for (int i = 0; i < calls; i++) {
            Person person = people.get(random.nextInt(people.size()));
            String filterId = filters.computeIfAbsent(person.login(), login -> find(person, prefix));
            long start = System.nanoTime();
            list(person, filterId, expectedPage);
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    /**
     * The same lists as Tasklist opens them: each person signed in once (Tasklist's login, a session and its CSRF token),
     * the page through the web applications' engine API as HAL with the filter's variables, as Tasklist asks for it.
     */
    long[] tasklistLatencies(List<Person> people, String prefix, int calls, int expectedPage) throws Exception {
        Random random = new Random(11);
        Map<String, String> filters = new HashMap<>();
        Map<String, Http> sessions = new HashMap<>();
        for (int i = 0; i < Math.min(20, calls); i++) {
            Person person = people.get(random.nextInt(people.size()));
            tasklistList(person, session(sessions, person), filters.computeIfAbsent(person.login(), login -> find(person, prefix)), expectedPage);
        }
        long[] latencies = new long[calls];
        for (int i = 0; i < calls; i++) {
            Person person = people.get(random.nextInt(people.size()));
            Http session = session(sessions, person);
            String filterId = filters.computeIfAbsent(person.login(), login -> find(person, prefix));
            long start = System.nanoTime();
            tasklistList(person, session, filterId, expectedPage);
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private Http session(Map<String, Http> sessions, Person person) {
        return sessions.computeIfAbsent(person.login(), login -> {
            Http session = new Http(port);
            assertThat(session.loginToTasklist(login, TestPeople.password(login)).status()).as("Tasklist login of " + login).isEqualTo(200);
            return session.header("Accept", "application/hal+json");
        });
    }

    private void tasklistList(Person person, Http session, String filterId, int expectedPage) {
        Http.Reply page = session.json("POST", "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15", PAGE);
        checkPage(person, page.status(), page.body(), expectedPage);
    }

    private void checkPage(Person person, int status, String body, int expectedPage) {
        assertThat(status).as(body).isEqualTo(200);
        Matcher tenant = TENANT.matcher(body);
        int tasks = 0;
        while (tenant.find()) {
            tasks++;
            assertThat(tenant.group(1)).as("a task of the person's school only").isEqualTo(person.school().id());
        }
        assertThat(tasks).as("tasks on the first page").isGreaterThanOrEqualTo(expectedPage);
    }

    private String find(Person person, String prefix) {
        try {
            return filterOf(person, prefix);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void list(Person person, String filterId, int expectedPage) throws Exception {
        HttpResponse<String> response = http.send(request(person.login(), "/filter/" + filterId + "/list?firstResult=0&maxResults=15")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(PAGE)).build(),
                HttpResponse.BodyHandlers.ofString());
        checkPage(person, response.statusCode(), response.body(), expectedPage);
    }

    private HttpRequest.Builder request(String login, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":" + TestPeople.password(login))
                        .getBytes(StandardCharsets.UTF_8)));
    }

    void close() {
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("bench-tasks-" + tag).list()
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "benchmark done"));
    }
}
