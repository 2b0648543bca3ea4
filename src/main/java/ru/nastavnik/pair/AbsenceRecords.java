package ru.nastavnik.pair;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Absences that extended the term of a school's pair (nst_absence). */
@Repository
class AbsenceRecords {

    record Absence(String pairId, PersonKind kind, AbsenceReason reason, LocalDate firstDay, LocalDate lastDay, String comment) {

        long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        }

        /** The days of this absence that no earlier absence of the pair covers: the term is extended by those only. */
        long daysNotIn(List<Absence> earlier) {
            return firstDay.datesUntil(lastDay.plusDays(1))
                    .filter(day -> earlier.stream().noneMatch(e -> !day.isBefore(e.firstDay()) && !day.isAfter(e.lastDay())))
                    .count();
        }
    }

    private final JdbcTemplate jdbc;

    AbsenceRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(String schoolId, Absence absence, String recordedBy, LocalDateTime at) {
        jdbc.update("""
                insert into nst_absence (school_id, id, pair_id, person_kind, reason, first_day, last_day, comment, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", schoolId, UUID.randomUUID().toString(), absence.pairId(), absence.kind().name(),
                absence.reason().name(), absence.firstDay(), absence.lastDay(), absence.comment(), recordedBy, at);
    }

    List<Absence> of(String schoolId, String pairId) {
        return jdbc.query("select * from nst_absence where school_id = ? and pair_id = ? order by first_day", (rs, n) -> new Absence(
                rs.getString("pair_id"), PersonKind.valueOf(rs.getString("person_kind")),
                AbsenceReason.valueOf(rs.getString("reason")), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), rs.getString("comment")), schoolId, pairId);
    }
}
