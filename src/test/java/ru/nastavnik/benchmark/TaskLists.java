package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.support.TestPeople;

/**
 * Scenario 3: the region's open tasks (each mentor's, offered to the curators) and the two lists people open most:
 * a mentor's «Мои задачи» and a curator's «Задачи куратора», through the filter call Tasklist makes (first page of
 * 15, newest first) on {@code /engine-rest} with HTTP Basic.
 */
final class TaskLists {

    static final String PROCESS_KEY = "BenchmarkOpenTask";
    private static final int BATCH = 200;
    private static final String PAGE = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    private final ProcessEngine engine;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String tag = Region.tag();

    TaskLists(ProcessEngine engine, int port) {
        this.engine = engine;
        this.baseUrl = "http://localhost:" + port + "/engine-rest";
    }

    String deploy() {
        return engine.getRepositoryService().createDeployment().name("benchmark-open-task")
                .addClasspathResource("benchmark/open-task.bpmn").enableDuplicateFiltering(true).deploy().getId();
    }

    List<String> mentors(int count) {
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String login = "bm" + i + "x" + tag;
            User user = engine.getIdentityService().newUser(login);
            user.setFirstName("Наставник");
            user.setLastName(String.valueOf(i));
            user.setEmail(login + "@region.example");
            user.setPassword(password(login));
            engine.getIdentityService().saveUser(user);
            engine.getIdentityService().createMembership(login, "mentor");
            logins.add(login);
        }
        return logins;
    }

    /**
     * Starts the instances in two threads, 200 to a transaction (setup only: the figure measured is the lists, and one
     * commit per instance made 100,000 of them take most of an hour); answers the nanoseconds it took.
     */
    long open(int tasks, List<String> mentors, int schools, TransactionTemplate transaction) throws Exception {
        long start = System.nanoTime();
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int first = thread;
                done.add(starters.submit(() -> {
                    for (int chunk = first * BATCH; chunk < tasks; chunk += 2 * BATCH) {
                        int from = chunk;
                        transaction.executeWithoutResult(status -> {
                            for (int i = from; i < Math.min(tasks, from + BATCH); i++) {
                                engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "bench-tasks-" + tag, Map.of(
                                        "mentor", mentors.get(i % mentors.size()), "schoolName", "Школа № " + (i % schools + 1)));
                            }
                        });
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            starters.shutdown();
        }
        return System.nanoTime() - start;
    }

    /** Latencies in nanoseconds of {@code calls} first pages of the filter, each as one of the people, after a warm-up. */
    long[] latencies(String filterName, List<String> people, int calls, int expectedPage) throws Exception {
        String filterId = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult().getId();
        Random random = new Random(7);
        for (int i = 0; i < Math.min(20, calls); i++) {
            list(filterId, people.get(random.nextInt(people.size())), expectedPage);
        }
        long[] latencies = new long[calls];
        for (int i = 0; i < calls; i++) {
            String person = people.get(random.nextInt(people.size()));
            long start = System.nanoTime();
            list(filterId, person, expectedPage);
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private void list(String filterId, String login, int expectedPage) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/filter/" + filterId + "/list?firstResult=0&maxResults=15"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":" + password(login))
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PAGE)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body().split("\"id\":\"", -1).length - 1).as("tasks on the first page").isGreaterThanOrEqualTo(expectedPage);
    }

    static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /** The same password as every test person's: the curator of the lists is made by TestPeople. */
    static String password(String login) {
        return TestPeople.password(login);
    }

    void close() {
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("bench-tasks-" + tag).list()
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "benchmark done"));
    }
}
