package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.DemoProfileTest;
import ru.nastavnik.support.Http;

/**
 * The demo mailbox: behind the login whatever way its path is written, and each person reads only the
 * letters sent to them; the school's staff read all. The demo's information letter goes to mentor1, mentor2, the
 * curator and the methodologist.
 */
@DemoProfileTest
class DemoMailboxTest {

    private static final String LETTER = "О подготовке программы наставничества";
    private static final Pattern NUMBER = Pattern.compile("href=\"/demo/mail/(\\d+)\"");

    @LocalServerPort
    int port;

    @BeforeEach
    void theInformationLetterIsSent() throws InterruptedException {
        await("four letters in the demo mailbox").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> numbers(new Http(port).as("director", "director").get("/demo/mail").body()).size() >= 4);
    }

    @Test
    void nobodyReadsTheMailboxWithoutALoginWhateverThePathLooksLike() {
        for (String path : List.of("/demo;x=1/mail", "/demo/mail;x=1", "/demo;x=1/mail/0")) {
            Http.Reply reply = new Http(port).get(path);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.json().path("message").asText()).startsWith("Адрес запроса не принят");
            assertThat(reply.body()).doesNotContain(LETTER, "/q/");
        }
        for (String path : List.of("/%64emo/mail", "/%64emo/mail/0", "/d%65mo/mail", "/demo/%6Dail/0")) {
            assertThat(new Http(port).get(path).status()).as(path + " from a browser").isEqualTo(302);
            Http.Reply script = new Http(port).postJson(path, "{}");
            assertThat(script.status()).as(path + " from a script").isEqualTo(401);
            assertThat(script.json().path("message").asText()).isEqualTo("Войдите в систему: нужен логин и пароль сотрудника школы.");
        }
    }

    @Test
    void aMentorReadsOnlyHisOwnLetters() {
        Http mentor = new Http(port).as("mentor1", "mentor1");
        String mailbox = mentor.get("/demo/mail").body();
        assertThat(mailbox).contains(LETTER, "mentor1@school1.example").doesNotContain("mentor2@", "curator@", "methodologist@");
        List<Integer> own = numbers(mailbox);
        assertThat(own).hasSize(1);
        for (int number : numbers(new Http(port).as("director", "director").get("/demo/mail").body())) {
            Http.Reply letter = mentor.get("/demo/mail/" + number);
            assertThat(letter.status()).as("letter " + number).isEqualTo(own.contains(number) ? 200 : 404);
        }
    }

    @Test
    void aMenteeWithNoLetterSeesAnEmptyMailbox() {
        Http mentee = new Http(port).as("mentee1", "mentee1");
        String mailbox = mentee.get("/demo/mail").body();
        assertThat(mailbox).contains("Писем пока нет").doesNotContain(LETTER);
        assertThat(mentee.get("/demo/mail/0").status()).isEqualTo(404);
    }

    @Test
    void theSchoolsStaffReadEveryLetter() {
        for (String login : List.of("director", "curator", "methodologist", "admin")) {
            String mailbox = new Http(port).as(login, login).get("/demo/mail").body();
            assertThat(mailbox).as(login).contains("mentor1@school1.example", "mentor2@school1.example");
            assertThat(numbers(mailbox)).as(login).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    private static List<Integer> numbers(String mailbox) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(mailbox);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }
}
