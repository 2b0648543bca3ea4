package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.common.WorkProgress;

/**
 * The banks work on the demo profile's H2 as on PostgreSQL: the same migration and queries. Without a Spring context:
 * a second application context in the test run would become the webapps' "default" engine for the tests after it.
 */
class BankOnH2Test {

    private static final String SCHOOL = "h2school";

    private final MenteeBank mentees;
    private final MentorBank mentors;

    BankOnH2Test() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:banks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        Mentors mentorTable = new Mentors(jdbc);
        this.mentees = new MenteeBank(new Mentees(jdbc), mentorTable, Clock.systemDefaultZone(), event -> { }, new WorkProgress(),
                school -> ZoneId.systemDefault());
        this.mentors = new MentorBank(mentorTable, Clock.systemDefaultZone());
    }

    @Test
    void theDemoDatabaseKeepsBothBanksAndTheirPairs() {
        ImportReport menteeReport = mentees.importFile(SCHOOL, "mentees.csv", ("ФИО;Email;Основной запрос;Дата начала работы\n"
                + "Демина Ада;ada.h2@school.example;Длинный запрос " + "з".repeat(3000) + ";01.09.2025\n").getBytes(StandardCharsets.UTF_8));
        ImportReport mentorReport = mentors.importPasted(SCHOOL, "ФИО\tEmail\tТеги\nДемин Лев\tlev.h2@school.example\t#ИКТ, #проекты\n");
        assertThat(menteeReport.imported()).isEqualTo(1);
        assertThat(mentorReport.imported()).isEqualTo(1);
        Mentee ada = mentees.list(SCHOOL).stream().filter(m -> m.email().equals("ada.h2@school.example")).findFirst().orElseThrow();
        Mentor lev = mentors.list(SCHOOL).stream().filter(m -> m.email().equals("lev.h2@school.example")).findFirst().orElseThrow();
        assertThat(ada.mainRequest()).hasSize("Длинный запрос ".length() + 3000);
        assertThat(lev.tags()).containsExactlyInAnyOrder("ИКТ", "проекты");

        LocalDate start = LocalDate.now();
        mentees.proposePair(SCHOOL, lev.id(), List.of(ada.id()), "педагог — педагог", start, start.plusMonths(8));
        mentees.approvePair(SCHOOL, lev.id(), List.of(ada.id()), start, start.plusMonths(8));
        assertThat(mentors.find(SCHOOL, lev.id()).orElseThrow().load()).isEqualTo("1 из 3");
        mentees.completePair(SCHOOL, lev.id(), List.of(ada.id()), "Итоги", true);
        assertThat(mentors.list(SCHOOL)).filteredOn(m -> m.email().equals("ada.h2@school.example")).singleElement()
                .satisfies(candidate -> assertThat(candidate.fromMentee()).isTrue());
    }
}
