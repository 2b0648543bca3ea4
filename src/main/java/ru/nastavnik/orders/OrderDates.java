package ru.nastavnik.orders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as orders print them: 01.09.2026. */
final class OrderDates {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static String format(LocalDate date) {
        return RUSSIAN.format(date);
    }

    /** «Приказ № 5 от 01.09.2026 «О назначении куратора программы наставничества»». */
    static String fullTitle(int number, LocalDate date, String title) {
        return "Приказ № " + number + " от " + format(date) + " «" + title + "»";
    }

    private OrderDates() {
    }
}
