package ru.nastavnik.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.identity.Role;
import ru.nastavnik.orders.OrderKind;
import ru.nastavnik.orders.OrderRequest;
import ru.nastavnik.orders.Orders;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.TestSchools;

/**
 * Two schools on one installation: each numbers its orders from 1 in the same school year, and a director sees only
 * their school's orders, final reports and monitoring; another school's document asked for by its id is not found.
 */
@NastavnikTest
class SchoolRecordsApartTest {

    private static final ClassData DATA = ClassData.of(SchoolRecordsApartTest.class);
    private static final String YEAR = "2026/2027";

    @Autowired
    Schools schools;
    @Autowired
    Orders orders;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private School a;
    private School b;

    @BeforeEach
    void twoSchools() {
        a = TestSchools.of(schools, DATA, "a");
        b = TestSchools.of(schools, DATA, "b");
        TestPeople.ensure(engine.getIdentityService(), a, "apartdirectora", Role.DIRECTOR, "Антонова", "Анна Андреевна");
        TestPeople.ensure(engine.getIdentityService(), b, "apartdirectorb", Role.DIRECTOR, "Борисова", "Белла Борисовна");
        TestPeople.ensure(engine.getIdentityService(), b, "apartcuratorb", Role.CURATOR, "Быкова", "Вера Борисовна");
    }

    @Test
    void eachSchoolNumbersItsOrdersFromOneInTheSameYear() {
        assertThat(List.of(signed(a), signed(b), signed(a), signed(b), signed(a))).containsExactly(1, 1, 2, 2, 3);
    }

    @Test
    void aDirectorSeesOnlyTheirSchoolsOrdersAndAnotherSchoolsDocumentIsNotFound() {
        String ofA = orders.issue(a.id(), request(a, OrderKind.APPOINT_CURATOR)).id();
        String ofB = orders.issue(b.id(), request(b, OrderKind.APPROVE_ROADMAP)).id();

        Http.Reply list = director(a).get("/orders");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("/orders/" + ofA + "/document", a.fullName()).doesNotContain(ofB, b.fullName());
        Http.Reply foreign = director(a).get("/orders/" + ofB + "/document");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).contains("Приказ не найден.").doesNotContain("Exception");
        assertThat(director(b).download("/orders/" + ofB + "/document").status()).as("its own school's director").isEqualTo(200);
    }

    @Test
    void aDirectorSeesOnlyTheirSchoolsFinalReports() {
        String ofA = report(a, "Итоги школы А");
        String ofB = report(b, "Итоги школы Б");

        Http.Reply list = director(a).get("/reports");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Итоги школы А", ofA).doesNotContain("Итоги школы Б", ofB);
        Http.Reply foreign = director(a).get("/reports/" + ofB);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).contains("Итоговый отчёт не найден.");
        assertThat(director(b).download("/reports/" + ofB).status()).isEqualTo(200);
    }

    @Test
    void aDirectorSeesOnlyTheirSchoolsMonitoring() {
        String roundOfB = monitoringRound(b);
        successCase(b, "Практика школы Б: наставник-предметник");

        Http.Reply dashboardOfA = director(a).getHtml("/dashboard");
        assertThat(dashboardOfA.status()).isEqualTo(200);
        assertThat(dashboardOfA.body()).doesNotContain(roundOfB, "Практика школы Б");
        assertThat(director(b).getHtml("/dashboard").body()).contains(roundOfB, "Практика школы Б");
        Http.Reply foreign = director(a).get("/dashboard/rounds/" + roundOfB + "/report.docx");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).contains("Раунд мониторинга не найден.");
        assertThat(director(a).get("/dashboard/rounds/" + roundOfB + "/figures.csv").status()).isEqualTo(404);
        assertThat(director(b).download("/dashboard/rounds/" + roundOfB + "/report.docx").status()).isEqualTo(200);
    }

    private int signed(School school) {
        return orders.sign(school.id(), orders.issue(school.id(), request(school, OrderKind.APPOINT_CURATOR)).id(), "director");
    }

    private static OrderRequest request(School school, OrderKind kind) {
        return new OrderRequest(kind, school.fullName(), YEAR, LocalDate.of(2026, 9, 1), List.of("1. Утвердить."), null, null, null);
    }

    /** A programme's final report as its close-out writes it (the programme itself is another test's story). */
    private String report(School school, String summary) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into nst_programme_report (id, school_id, process_instance_id, school_name, school_year, created_at, summary, "
                + "document) values (?, ?, ?, ?, ?, ?, ?, ?)", id, school.id(), "programme-" + id, school.fullName(), YEAR,
                Timestamp.valueOf(LocalDateTime.now()), summary, new byte[] {1});
        return id;
    }

    /** The curator asks for a round: the figures are taken in the school's own process. */
    private String monitoringRound(School school) {
        TestPeople.authenticate(engine.getIdentityService(), "apartcuratorb");
        try {
            String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("MonitoringRound")
                    .latestVersion().singleResult().getId();
            ProcessInstance round = engine.getFormService().submitStartForm(definition,
                    TestSchools.in(school, Map.of("roundReason", "Проверка")));
            assertThat(round.getTenantId()).isEqualTo(school.id());
            return (String) engine.getRuntimeService().getVariable(round.getId(), "roundId");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** A case from the bank of successful practices, as a programme's close-out records it. */
    private void successCase(School school, String title) {
        jdbc.update("insert into nst_success_case (id, school_id, process_instance_id, school_name, school_year, title, description, "
                        + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), school.id(),
                "programme-" + school.id(), school.fullName(), YEAR, title, "Описание практики", "apartcuratorb",
                Timestamp.valueOf(LocalDateTime.now()));
    }

    private Http director(School school) {
        String login = school == a ? "apartdirectora" : "apartdirectorb";
        return new Http(port).as(login, TestPeople.password(login));
    }
}
