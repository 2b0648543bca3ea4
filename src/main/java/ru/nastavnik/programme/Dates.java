package ru.nastavnik.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as a Russian reader writes them: 01.09.2026. */
final class Dates {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static String format(LocalDate date) {
        return RUSSIAN.format(date);
    }

    private Dates() {
    }
}
