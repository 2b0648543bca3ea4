package ru.nastavnik.orders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as orders print them: 01.09.2026. */
final class OrderDates {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static String format(LocalDate date) {
        return RUSSIAN.format(date);
    }

    /** «Приказ № 5 от 01.09.2026 «О назначении…»», or «Проект приказа «О назначении…»» before it is signed. */
    static String fullTitle(Integer number, LocalDate date, String title) {
        return number == null ? "Проект приказа «" + title + "»" : "Приказ № " + number + " от " + format(date) + " «" + title + "»";
    }

    private OrderDates() {
    }
}
