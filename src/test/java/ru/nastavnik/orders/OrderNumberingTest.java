package ru.nastavnik.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestSchools;

/** Order numbers run 1, 2, 3… per school and school year: never twice, never a gap, whatever happens around them. */
@NastavnikTest
class OrderNumberingTest {

    private static final ClassData DATA = ClassData.of(OrderNumberingTest.class);

    @Autowired
    Orders orders;

    @Autowired
    Schools schools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void concurrentSigningGivesEveryNumberExactlyOnce() throws Exception {
        School school = school("parallel");
        ExecutorService issuers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> numbers = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                numbers.add(issuers.submit(() -> signed(school, "2026/2027")));
            }
            List<Integer> given = new ArrayList<>();
            for (Future<Integer> number : numbers) {
                given.add(number.get());
            }
            assertThat(given).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 1000).boxed().toList());
        } finally {
            issuers.shutdownNow();
        }
        assertThat(jdbc.queryForList("select number from nst_order where school_id = ? order by number", Integer.class, school.id()))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 1000).boxed().toList());
        assertThat(signed(school, "2027/2028")).isEqualTo(1);
        assertThat(signed(school("other"), "2026/2027")).isEqualTo(1);
        assertThat(signed(school, "2026/2027")).isEqualTo(1001);
    }

    @Test
    void aDraftHasNoNumberAndAReturnedDraftNeverTakesOne() {
        String school = school("returned").id();
        IssuedOrder returned = orders.issue(school, request(school, "2026/2027"));
        assertThat(orders.find(school, returned.id()).orElseThrow().number()).isNull();
        orders.returnForRework(school, returned.id(), "Исправить ФИО");

        IssuedOrder reworked = orders.issue(school, request(school, "2026/2027"));
        assertThat(orders.sign(school, reworked.id(), "director")).isEqualTo(1);
        assertThat(orders.find(school, returned.id()).orElseThrow().number()).isNull();
        assertThat(orders.find(school, reworked.id()).orElseThrow().fullTitle()).startsWith("Приказ № 1 от ");
        assertThatThrownBy(() -> orders.sign(school, reworked.id(), "director")).hasMessageContaining("уже не проект");
    }

    @Test
    void aRolledBackSigningGivesItsNumberBack() {
        School school = school("rolledback");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThat(signed(school, "2026/2027")).isEqualTo(1);

        IssuedOrder draft = orders.issue(school.id(), request(school.id(), "2026/2027"));
        Integer rolledBack = transaction.execute(status -> {
            int number = orders.sign(school.id(), draft.id(), "director");
            status.setRollbackOnly();
            return number;
        });
        assertThat(rolledBack).isEqualTo(2);
        assertThat(orders.find(school.id(), draft.id()).orElseThrow().number()).as("still a draft").isNull();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            orders.sign(school.id(), draft.id(), "director");
            throw new IllegalStateException("the process failed after signing");
        })).hasMessage("the process failed after signing");

        assertThat(orders.sign(school.id(), draft.id(), "director")).isEqualTo(2);
        assertThat(signed(school, "2026/2027")).isEqualTo(3);
    }

    @Test
    void theFirstOrderOfASchoolYearRolledBackLeavesTheYearStartingAtOne() {
        School school = school("first");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            signed(school, "2026/2027");
            status.setRollbackOnly();
        });

        assertThat(signed(school, "2026/2027")).isEqualTo(1);
    }

    private int signed(School school, String year) {
        return orders.sign(school.id(), orders.issue(school.id(), request(school.fullName(), year)).id(), "director");
    }

    /** A school of its own for each test: numbers count per school. */
    private School school(String suffix) {
        return TestSchools.of(schools, DATA, suffix);
    }

    private static OrderRequest request(String schoolName, String year) {
        return new OrderRequest(OrderKind.APPOINT_CURATOR, schoolName, year, LocalDate.of(2026, 9, 1),
                List.of("1. Назначить куратором программы наставничества Кузнецову М. И."), null,
                "Смирнова Ольга Викторовна", null);
    }
}
