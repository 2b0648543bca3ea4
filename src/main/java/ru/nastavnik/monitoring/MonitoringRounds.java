package ru.nastavnik.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The monitoring rounds (nst_monitoring_round) of each school: the figures each round computed, numbered within the school's year, with
 * the curator's SWOT and the director's review. Written in the engine's transaction by the round's delegate and listeners.
 */
@Repository
class MonitoringRounds {

    enum Kind { SCHEDULED, ON_DEMAND }

    enum Status {
        SWOT_PENDING("Куратор пишет SWOT-анализ"), IN_REVIEW("SWOT-анализ у директора"),
        RETURNED("Возвращён куратору на доработку"), ACCEPTED("Принят директором");

        private final String title;

        Status(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    record Swot(String strengths, String weaknesses, String opportunities, String threats) { }

    record Round(String id, String processInstanceId, String schoolYear, int number, Kind kind, LocalDateTime computedAt,
                 KpiSnapshot figures, Swot swot, Status status, String reviewComment, String reviewedBy) {

        /** «Мониторинг 2026/2027, раунд 2» */
        public String title() {
            return "Мониторинг " + schoolYear + ", раунд " + number;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    MonitoringRounds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Round open(String schoolId, String processInstanceId, Kind kind, KpiSnapshot figures, LocalDateTime now) {
        if (schoolId == null) {
            throw new IllegalStateException("A monitoring round belongs to a school: process " + processInstanceId + " has none");
        }
        Integer last = jdbc.queryForObject("select max(round_number) from nst_monitoring_round where school_id = ? and school_year = ?",
                Integer.class, schoolId, figures.schoolYear());
        int number = last == null ? 1 : last + 1;
        String id = UUID.randomUUID().toString();
        jdbc.update("""
                insert into nst_monitoring_round (id, school_id, process_instance_id, school_name, school_year, round_number, kind,
                  computed_at, figures, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, schoolId, processInstanceId,
                figures.schoolName(), figures.schoolYear(), number, kind.name(), Timestamp.valueOf(now), write(figures),
                Status.SWOT_PENDING.name());
        return find(schoolId, id).orElseThrow();
    }

    void writeSwot(String schoolId, String id, Swot swot) {
        jdbc.update("update nst_monitoring_round set strengths = ?, weaknesses = ?, opportunities = ?, threats = ?, status = ?"
                + " where school_id = ? and id = ?", swot.strengths(), swot.weaknesses(), swot.opportunities(), swot.threats(),
                Status.IN_REVIEW.name(), schoolId, id);
    }

    void review(String schoolId, String id, boolean accepted, String comment, String by, LocalDateTime at) {
        jdbc.update("update nst_monitoring_round set status = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ? "
                        + "where school_id = ? and id = ?",
                (accepted ? Status.ACCEPTED : Status.RETURNED).name(), comment, by, Timestamp.valueOf(at), schoolId, id);
    }

    /** The school's round; another school's id is not found. */
    Optional<Round> find(String schoolId, String id) {
        return jdbc.query("select * from nst_monitoring_round where school_id = ? and id = ?", this::round, schoolId, id)
                .stream().findFirst();
    }

    /** The school's rounds, newest first. */
    List<Round> list(String schoolId) {
        return jdbc.query("select * from nst_monitoring_round where school_id = ? order by computed_at desc, round_number desc",
                this::round, schoolId);
    }

    private Round round(ResultSet rs, int row) throws SQLException {
        return new Round(rs.getString("id"), rs.getString("process_instance_id"), rs.getString("school_year"),
                rs.getInt("round_number"), Kind.valueOf(rs.getString("kind")),
                rs.getTimestamp("computed_at").toLocalDateTime(), read(rs.getString("figures")),
                new Swot(rs.getString("strengths"), rs.getString("weaknesses"), rs.getString("opportunities"), rs.getString("threats")),
                Status.valueOf(rs.getString("status")), rs.getString("review_comment"), rs.getString("reviewed_by"));
    }

    private static String write(KpiSnapshot figures) {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Figures could not be written as JSON", e);
        }
    }

    private static KpiSnapshot read(String json) {
        try {
            return JSON.readValue(json, KpiSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Figures of a round could not be read", e);
        }
    }
}
