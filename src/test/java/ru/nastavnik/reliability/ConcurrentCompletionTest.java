package ru.nastavnik.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.identity.Role;

/**
 * Two directors complete the same task at the same moment, through the REST API and through Tasklist's own API:
 * one wins, the other is told in Russian that someone else completed it, and the work is done once (one order).
 */
@NastavnikTest
class ConcurrentCompletionTest {

    @Autowired
    Schools schools;

    private static final ClassData DATA = ClassData.of(ConcurrentCompletionTest.class);

    private static final String BODY = "{\"variables\":{\"curator\":{\"value\":\"conccurator\"},"
            + "\"workingGroup\":{\"value\":\"Куратор и руководители МО\"}}}";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void staff() {
        TestPeople.ensure(engine.getIdentityService(), school(), "concdirector1", Role.DIRECTOR, "Орлова", "Нина Павловна");
        TestPeople.ensure(engine.getIdentityService(), school(), "concdirector2", Role.DIRECTOR, "Соколов", "Иван Ильич");
        TestPeople.ensure(engine.getIdentityService(), school(), "conccurator", Role.CURATOR, "Белкина", "Юлия Олеговна");
    }

    @Test
    void ofTwoDirectorsCompletingOneTaskAtOnceOneWinsAndTheOtherReadsWhyInRussian() throws Exception {
        for (int round = 0; round < 5; round++) {
            String school = DATA.school("Школа гонки " + (round + 1));
            String task = appointCuratorTask(school);
            Http first = new Http(port).as("concdirector1", TestPeople.password("concdirector1"));
            Http second = new Http(port).as("concdirector2", TestPeople.password("concdirector2"));

            List<Http.Reply> replies = atOnce(
                    () -> first.postJson("/engine-rest/task/" + task + "/submit-form", BODY),
                    () -> second.postJson("/engine-rest/task/" + task + "/submit-form", BODY));

            assertThat(replies).extracting(Http.Reply::status).containsExactlyInAnyOrder(204, 409);
            Http.Reply loser = replies.stream().filter(reply -> reply.status() == 409).findFirst().orElseThrow();
            assertThat(loser.json().path("message").asText()).containsAnyOf("уже завершена", "другой пользователь");
            assertThat(loser.body()).doesNotContain("Exception:", "\tat ");
            assertThat(jdbc.queryForObject("select count(*) from nst_order where school_name = ?", Integer.class, school))
                    .as("the order is drafted once").isEqualTo(1);
        }
    }

    @Test
    void aTaskCompletedInAnotherTabIsARussianConflictInTasklist() {
        String task = appointCuratorTask(DATA.school("Школа вкладок"));
        Http tab = new Http(port);
        tab.loginToTasklist("concdirector1", TestPeople.password("concdirector1"));
        Http other = new Http(port);
        other.loginToTasklist("concdirector2", TestPeople.password("concdirector2"));

        assertThat(tab.postJson("/camunda/api/engine/engine/default/task/" + task + "/submit-form", BODY).status()).isEqualTo(204);
        Http.Reply late = other.postJson("/camunda/api/engine/engine/default/task/" + task + "/submit-form", BODY);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("message").asText()).startsWith("Эта задача уже завершена");
        Http.Reply lateRest = new Http(port).as("concdirector2", TestPeople.password("concdirector2"))
                .postJson("/engine-rest/task/" + task + "/complete", "{}");
        assertThat(lateRest.status()).isEqualTo(409);
    }

    private String appointCuratorTask(String school) {
        ProgrammeDriver driver = new ProgrammeDriver(engine, school().id(), DATA.key("two-tabs"));
        driver.start(school, LocalDate.of(2026, 9, 1), Map.of());
        return driver.task("Task_AppointCurator").getId();
    }

    @SafeVarargs
    private static List<Http.Reply> atOnce(Supplier<Http.Reply>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<CompletableFuture<Http.Reply>> running = new ArrayList<>();
        for (Supplier<Http.Reply> call : calls) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call.get();
            }));
        }
        List<Http.Reply> replies = new ArrayList<>();
        for (CompletableFuture<Http.Reply> reply : running) {
            replies.add(reply.get());
        }
        return replies;
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
