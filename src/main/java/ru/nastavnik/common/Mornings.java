package ru.nastavnik.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * Reminders and escalations fall due at the start of a school day: 9:00 by the school's clock (Russia spans eleven time
 * zones), as timers want it (a {@link Date}).
 */
public final class Mornings {

    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private Mornings() {
    }

    public static Date of(LocalDate day, ZoneId schoolZone) {
        return Date.from(day.atTime(MORNING).atZone(schoolZone).toInstant());
    }
}
