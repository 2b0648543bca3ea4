package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.common.WorkProgress;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;

/**
 * While a signed order approves and starts thousands of pairs (a minute or more in one transaction), /pairs shows how
 * far it has come and refreshes itself; afterwards it says the work is done and stops refreshing.
 */
@NastavnikTest
class FormingProgressPageTest {

    @Autowired
    Schools schools;

    @LocalServerPort
    int port;

    @Autowired
    WorkProgress progress;

    @Test
    void theCuratorSeesTheSignedOrdersPairsBeingStarted(@Autowired IdentityService identity) throws Exception {
        TestPeople.ensure(identity, school(), "progresscurator", Role.CURATOR, "Лебедева", "Ольга Ивановна");
        Http curator = new Http(port).as("progresscurator", TestPeople.password("progresscurator"));
        String id = FormingProgress.id(UUID.randomUUID().toString());
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> work = CompletableFuture.runAsync(() -> progress.track(id, "Приказ № 41 о формировании пар подписан", () -> {
            progress.advance("Начинаем работу пар", 1200, 3000);
            reported.countDown();
            await(finish);
            return null;
        }));
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();

        String running = curator.getHtml("/pairs").body();
        assertThat(running).contains("Приказ № 41 о формировании пар подписан", "Начинаем работу пар", "1200 из 3000 (40 %)",
                "http-equiv=\"refresh\"");

        finish.countDown();
        work.get(10, TimeUnit.SECONDS);
        String done = curator.getHtml("/pairs").body();
        assertThat(done).contains("Приказ № 41 о формировании пар подписан", "Готово").doesNotContain("http-equiv=\"refresh\"");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
