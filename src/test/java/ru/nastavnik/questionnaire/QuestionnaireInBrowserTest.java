package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.support.Browser;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.QuestionnaireFixture;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;

/**
 * A mentee answers the entry questionnaire from the link in her letter, in a real headless Chromium, without logging
 * in: a first try with questions left out comes back with Russian reasons next to them and the text she typed, then she
 * answers, and the link is spent.
 */
@NastavnikTest
class QuestionnaireInBrowserTest {

    @Autowired
    Schools schools;

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void theMenteeAnswersFromTheLinkInHerLetter() {
        TestMailServer.purge();
        QuestionnaireFixture school = new QuestionnaireFixture(engine, school());
        ProcessInstance pair = school.workingPair();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processInstanceId(pair.getId())
                .activityId("ServiceTask_SendEntryQuestionnaire").singleResult().getId());
        List<String> links = QuestionnaireFixture.linksTo(school.menteeEmail());
        assertThat(links).hasSize(1);

        try (Browser browser = new Browser(port)) {
            browser.open(links.get(0));
            browser.waitForText("Входная анкета");
            assertThat(browser.pageText()).contains("Здравствуйте, Молодой " + school.run + " Первый!",
                    "Насколько легко вам обращаться за помощью к более опытным коллегам?", "Чего вы ждёте от программы наставничества?");

            // the page's own required marks aside, as a script posting directly would be: the server answers
            ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('form').noValidate = true");
            choose(browser, "q.involvement", "4");
            browser.driver().findElement(By.name("q.expectations")).sendKeys("Хочу <script>alert(1)</script> научиться");
            submit(browser);
            browser.waitForText("Ответы не сохранены");
            assertThat(browser.driver().findElement(By.id("question-competences")).getText()).contains("Выберите оценку от 1 до 5.");
            assertThat(browser.driver().findElement(By.id("question-expectedTime")).getText()).contains("Выберите один из вариантов.");
            assertThat(browser.driver().findElement(By.id("question-involvement")).getText()).doesNotContain("Выберите");
            assertThat(browser.driver().findElement(By.name("q.expectations")).getAttribute("value"))
                    .isEqualTo("Хочу <script>alert(1)</script> научиться");
            assertThat(browser.driver().findElement(By.cssSelector("input[name='q.involvement'][value='4']")).isSelected()).isTrue();

            for (String scale : List.of("competences", "ownRole", "jobSatisfaction", "climate", "askingForHelp")) {
                choose(browser, "q." + scale, "3");
            }
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='4–8 часов']")).click();
            submit(browser);
            browser.waitForText("Спасибо!");
            assertThat(browser.pageText()).contains("Ваши ответы сохранены");

            browser.open(links.get(0));
            browser.waitForText("Анкета уже заполнена");
        }
        assertThat(jdbc.queryForList("select a.answer from nst_questionnaire_answer a join nst_questionnaire_invitation i "
                + "on i.id = a.invitation_id where i.person_name = ? and a.question_id in ('expectedTime', 'expectations') order by a.question_id",
                String.class, "Молодой " + school.run + " Первый")).containsExactly("Хочу <script>alert(1)</script> научиться", "4to8");
    }

    private static void choose(Browser browser, String field, String value) {
        browser.driver().findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']")).click();
    }

    private static void submit(Browser browser) {
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Отправить ответы']")).click();
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
