package ru.nastavnik.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.Browser;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.InvitationLetters;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;

/**
 * What issue 15 is done by, in headless Chromium: a district administrator adds two schools in the browser; each
 * school's director gets one invitation letter, sets a password by its link, signs in to Tasklist, starts the school's
 * programme and sees their own school's tasks, never the other's.
 */
@NastavnikTest
class TwoSchoolsFromTheDistrictInBrowserTest {

    private static final ClassData DATA = ClassData.of(TwoSchoolsFromTheDistrictInBrowserTest.class);
    private static final String DISTRICT = "twoschoolsbrowser";
    private static final String ADMIN = "districtadmin" + DISTRICT;
    private static final Pattern PASSWORD_LINK = Pattern.compile("(/account/password/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    Schools schools;
    @Autowired
    DistrictStaff staff;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void district() {
        if (schools.findDistrict(DISTRICT).isEmpty()) {
            schools.addDistrict(DISTRICT, "Берёзовский район", "Тестовая область");
        }
        TestPeople.ensure(identity, ADMIN, Role.DISTRICT_ADMINISTRATOR.groupId(), "Берёзова", "Анна Ильинична");
        staff.add(DISTRICT, ADMIN, DistrictStaff.DistrictRole.ADMINISTRATOR);
    }

    @Test
    void twoSchoolsAddedInTheBrowserEachRunTheirYearApart() {
        String run = DATA.owner();
        School a = new School("МБОУ «Школа № 11» (" + run + ")", "Школа № 11 " + run, DATA.email("director11"));
        School b = new School("МБОУ «Школа № 12» (" + run + ")", "Школа № 12 " + run, DATA.email("director12"));
        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/tasklist/");
            browser.waitForText("Войти");
            browser.logIntoTasklist(ADMIN, TestPeople.password(ADMIN));
            browser.waitForText("Берёзова"); // signed in: Tasklist shows her name
            for (School school : List.of(a, b)) {
                browser.open("/district?district=" + DISTRICT);
                browser.waitForText("Добавить школу");
                type(browser, "fullName", school.fullName());
                type(browser, "shortName", school.shortName());
                type(browser, "directorName", "Директорова Мария Петровна");
                type(browser, "directorEmail", school.directorEmail());
                browser.driver().findElement(By.xpath("//button[normalize-space(text())='Добавить школу']")).click();
                browser.waitForText("Школа «" + school.shortName() + "» добавлена");
            }
        }

        for (School school : List.of(a, b)) {
            String link = invitationLink(school.directorEmail());
            String password = "Tq7-" + Integer.toHexString(school.directorEmail().hashCode()) + "-осень-берёза";
            try (Browser director = new Browser(port)) {
                director.open(link);
                director.waitForText("Сохранить пароль");
                director.driver().findElement(By.name("password")).sendKeys(password);
                director.driver().findElement(By.name("repeated")).sendKeys(password);
                director.driver().findElement(By.xpath("//button[normalize-space(text())='Сохранить пароль']")).click();
                director.waitForText("Пароль сохранён");
            }
            Http rest = new Http(port).as(school.directorEmail(), password);
            Http.Reply started = rest.postJson("/engine-rest/process-definition/key/MentoringProgramme/submit-form",
                    "{\"businessKey\":\"" + school.shortName() + "\",\"variables\":{"
                            + "\"schoolName\":{\"value\":\"" + school.fullName().replace("\"", "\\\"") + "\"},"
                            + "\"schoolYear\":{\"value\":\"2026/2027\"},\"programmeStartDate\":{\"value\":\"2026-09-01\"}}}");
            assertThat(started.status()).as(started.body()).isEqualTo(200);
            school.password = password;
        }

        for (School school : List.of(a, b)) {
            School other = school == a ? b : a;
            try (Browser director = new Browser(port)) {
                director.open("/camunda/app/tasklist/");
                director.waitForText("Войти");
                director.logIntoTasklist(school.directorEmail(), school.password);
                director.waitForText("Задачи директора — " + school.shortName());
                director.driver().findElement(By.partialLinkText("Задачи директора — " + school.shortName())).click();
                director.waitForText("Назначить куратора программы и рабочую группу");
                director.waitForText(school.fullName());
                assertThat(director.pageText()).as("the other school is nowhere in the director's Tasklist")
                        .doesNotContain(other.shortName()).doesNotContain(other.fullName());
            }
        }
    }

    /** The letters' jobs, as the job executor (off in the tests' context) runs them after the school was saved. */
    private void sendLetters(String login) {
        InvitationLetters.send(engine, jdbc, login);
    }

    private static void type(Browser browser, String field, String text) {
        browser.driver().findElement(By.id(field)).clear();
        browser.driver().findElement(By.id(field)).sendKeys(text);
    }

    /** The one invitation letter to the address, and its link as the person clicks it. */
    private String invitationLink(String address) {
        sendLetters(address);
        await("the invitation to " + address).atMost(Duration.ofSeconds(30)).until(() -> !TestMailServer.receivedBy(address).isEmpty());
        List<MimeMessage> letters = TestMailServer.receivedBy(address);
        assertThat(letters).as("exactly one invitation").hasSize(1);
        Matcher link = PASSWORD_LINK.matcher(TestMailServer.html(letters.get(0)));
        assertThat(link.find()).as("a link to set the password").isTrue();
        return link.group(1);
    }

    private static final class School {
        private final String fullName;
        private final String shortName;
        private final String directorEmail;
        private String password;

        School(String fullName, String shortName, String directorEmail) {
            this.fullName = fullName;
            this.shortName = shortName;
            this.directorEmail = directorEmail;
        }

        String fullName() {
            return fullName;
        }

        String shortName() {
            return shortName;
        }

        String directorEmail() {
            return directorEmail;
        }
    }
}
