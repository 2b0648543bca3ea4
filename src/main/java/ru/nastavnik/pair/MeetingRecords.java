package ru.nastavnik.pair;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Meetings of a school's pairs (nst_meeting) and the feedback on them (nst_feedback). */
@Repository
class MeetingRecords {

    record Meeting(String id, String pairId, MeetingKind kind, LocalDate heldOn, String format, String topic, String outcome,
                   int feedbackCount) { }

    record Feedback(String meetingId, PersonKind kind, String personId, int rating, String comment, String recordedBy,
                    LocalDateTime recordedAt) { }

    private final JdbcTemplate jdbc;

    MeetingRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String add(String schoolId, String pairId, MeetingKind kind, LocalDate heldOn, String format, String topic, String outcome,
               String recordedBy, LocalDateTime at) {
        String id = UUID.randomUUID().toString();
        jdbc.update("""
                insert into nst_meeting (school_id, id, pair_id, kind, held_on, format, topic, outcome, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", schoolId, id, pairId, kind.name(), heldOn, format, topic, outcome, recordedBy, at);
        return id;
    }

    void addFeedback(String schoolId, Feedback feedback) {
        jdbc.update("""
                insert into nst_feedback (school_id, meeting_id, person_kind, person_id, rating, comment, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", schoolId, feedback.meetingId(), feedback.kind().name(), feedback.personId(),
                feedback.rating(), feedback.comment(), feedback.recordedBy(), feedback.recordedAt());
    }

    List<Meeting> of(String schoolId, String pairId) {
        return jdbc.query("""
                select m.*, (select count(*) from nst_feedback f where f.school_id = m.school_id and f.meeting_id = m.id) as feedback_count
                from nst_meeting m where m.school_id = ? and m.pair_id = ? order by m.held_on, m.recorded_at""",
                (rs, n) -> new Meeting(rs.getString("id"), rs.getString("pair_id"), MeetingKind.valueOf(rs.getString("kind")),
                        rs.getObject("held_on", LocalDate.class), rs.getString("format"), rs.getString("topic"),
                        rs.getString("outcome"), rs.getInt("feedback_count")), schoolId, pairId);
    }
}
