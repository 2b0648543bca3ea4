package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.DemoProfileTest;
import ru.nastavnik.support.Http;

/**
 * «Демо-район» as the README describes it: three schools at different points of the year, each school's people see
 * their own school's work only, the district administrator sees all three schools on the district page.
 */
@DemoProfileTest
class DemoDistrictTest {

    @LocalServerPort
    int port;

    @Test
    void theSecondSchoolsDirectorAppointsTheirCuratorAndSeesNothingOfTheFirstSchool() {
        List<String> tenants = new ArrayList<>();
        new Http(port).as("director2", "director2").get("/engine-rest/task").json()
                .forEach(task -> tenants.add(task.path("tenantId").asText() + ": " + task.path("name").asText()));

        assertThat(tenants).contains("demo2: Назначить куратора программы и рабочую группу").allMatch(task -> task.startsWith("demo2: "));
        assertThat(new Http(port).as("director2", "director2").get("/engine-rest/process-instance?tenantIdIn=demo1").json())
                .as("no instance of school 1").isEmpty();
        assertThat(new Http(port).as("director3", "director3").get("/engine-rest/task").json())
                .as("school 3 has not started its programme").isEmpty();
    }

    @Test
    void theDistrictAdministratorSeesTheThreeSchoolsAndWhereEachStands() {
        Http.Reply page = new Http(port).as("district", "district").getHtml("/district");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Демо-район", "Школа № 1", "Гимназия № 2", "Лицей № 3", "МСК+2 (Екатеринбург)",
                "МСК+7 (Владивосток)", "Смирнова Ольга Викторовна", "Егорова Наталья Павловна", "программа не начата", "Этап 1");
    }

    @Test
    void theRegionAdministratorSeesTheDemoDistrictWithItsPeopleAndSchools() {
        Http.Reply page = new Http(port).as("region", "region").getHtml("/region");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Демо-район", "Демо-область", "Воронцова Галина Сергеевна (district)",
                "Соколова Татьяна Юрьевна (methodologist)", "<td class=\"number\">3</td>", "Добавить район");
    }

    @Test
    void theSecondSchoolsStaffReadNoLetterOfTheFirstSchool() {
        String mailbox = new Http(port).as("curator2", "curator2").get("/demo/mail").body();

        assertThat(mailbox).doesNotContain("@school1.example");
    }
}
