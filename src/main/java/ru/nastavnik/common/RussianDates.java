package ru.nastavnik.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as a Russian reader writes them: 01.09.2026. */
public final class RussianDates {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public static String format(LocalDate date) {
        return RUSSIAN.format(date);
    }

    private RussianDates() {
    }
}
