package ru.nastavnik.registry;

import java.time.LocalDate;

/** Mentoring lasts from one month to one year (001, step 5). */
public final class PairTerm {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 12;
    public static final String RULE = "Срок наставничества — от одного месяца до одного года (от 1 до 12 месяцев).";

    private PairTerm() {
    }

    public static boolean allows(int months) {
        return months >= MIN_MONTHS && months <= MAX_MONTHS;
    }

    public static boolean allows(LocalDate start, LocalDate end) {
        return start != null && end != null && !end.isBefore(start.plusMonths(MIN_MONTHS))
                && !end.isAfter(start.plusMonths(MAX_MONTHS));
    }
}
