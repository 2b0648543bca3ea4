package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.Browser;
import ru.nastavnik.support.DemoProfileTest;

/** A real browser (headless Chromium, English settings) on the demo: Tasklist speaks Russian and the curator sees her work. */
@DemoProfileTest
class TasklistInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoCuratorSeesTheProgrammesTasksAndTheirFormsInRussian() {
        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/tasklist/");
            browser.waitForText("Войти");

            browser.logIntoTasklist("curator", "curator");
            browser.waitForText("Создать раздел «Наставничество» на сайте школы");
            assertThat(browser.pageText()).contains(
                    "Задачи куратора", "Мои задачи", "Запустить процесс",
                    "Определить показатели, анализ потребности в обучении, обратную связь и отчётность",
                    "МБОУ «Средняя школа № 1» (демо)");
            assertThat(browser.pageText()).doesNotContain("Camunda 8", "Camunda 7 CE");

            browser.driver().findElement(By.xpath("//*[normalize-space(text())='Создать раздел «Наставничество» на сайте школы']")).click();
            browser.waitForText("Адрес раздела");
            assertThat(browser.pageText()).contains("Раздел «Наставничество» на сайте школы", "Дата публикации", "Завершить");
        }
    }
}
