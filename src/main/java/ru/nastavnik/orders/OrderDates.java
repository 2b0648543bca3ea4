package ru.nastavnik.orders;

import java.time.LocalDate;

import ru.nastavnik.common.RussianDates;

/** How orders name themselves: with their number and date once signed. */
final class OrderDates {

    /** «Приказ № 5 от 01.09.2026 «О назначении…»», or «Проект приказа «О назначении…»» before it is signed. */
    static String fullTitle(Integer number, LocalDate date, String title) {
        return number == null ? "Проект приказа «" + title + "»" : "Приказ № " + number + " от " + RussianDates.format(date) + " «" + title + "»";
    }

    private OrderDates() {
    }
}
