package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.DemoProfileTest;
import ru.nastavnik.support.Http;

/**
 * The default profile as a newcomer meets it: the demo people log in with the README's passwords, the curator finds
 * the demo programme's tasks in Tasklist, and the letters the demo sent are in the demo mailbox.
 */
@DemoProfileTest
class DemoSchoolTest {

    @LocalServerPort
    int port;

    @Test
    void everyDemoPersonLogsInWithTheReadmePassword() {
        for (String login : List.of("director", "curator", "mentor1", "mentor2", "methodologist", "admin")) {
            assertThat(new Http(port).as(login, login).get("/engine-rest/task").status()).as(login).isEqualTo(200);
        }
    }

    @Test
    void theCuratorFindsTheDemoProgrammesTasksInTasklist() {
        Http browser = new Http(port);
        assertThat(browser.loginToTasklist("curator", "curator").status()).isEqualTo(200);

        List<String> names = new ArrayList<>();
        browser.get("/camunda/api/engine/engine/default/task?assignee=curator").json()
                .forEach(task -> names.add(task.get("name").asText()));

        assertThat(names).containsExactlyInAnyOrder(
                "Создать раздел «Наставничество» на сайте школы",
                "Определить показатели, анализ потребности в обучении, обратную связь и отчётность");
    }

    @Test
    void theDemoMailboxShowsTheInformationLetterInTheBrowser() throws InterruptedException {
        Http browser = new Http(port).as("curator", "curator");
        assertThat(new Http(port).get("/demo/mail").status()).as("the mailbox is behind the login").isEqualTo(302);
        String mailbox = await("the information letter in the demo mailbox").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).until(() -> browser.get("/demo/mail").body(),
                        body -> body.contains("О подготовке программы наставничества"));

        assertThat(mailbox).contains("Демо-почта", "О подготовке программы наставничества", "mentor1@school1.example");
        assertThat(browser.get("/demo/mail/0").body()).contains("Здравствуйте,", "программа наставничества");
    }

    @Test
    void tasklistIsServedInRussianWithoutTheEndOfLifeBanner() {
        Http browser = new Http(port);
        JsonNode russian = browser.get("/camunda/app/tasklist/locales/ru.json").json();
        assertThat(russian.path("labels").path("FILTERS").asText()).isEqualTo("Фильтры");
        assertThat(browser.get("/camunda/app/tasklist/scripts/config.js").body()).contains("fallbackLocale: 'ru'");
        assertThat(browser.get("/camunda/app/tasklist/styles/user-styles.css").body()).contains(".ce-eol-banner");
    }
}
