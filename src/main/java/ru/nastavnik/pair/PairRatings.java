package ru.nastavnik.pair;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The ratings (1–5) people gave their meetings in feedback, for the mentors' rating on the dashboard. */
@Repository
public class PairRatings {

    /** One feedback: on a meeting of the pair, by its mentor or by one of its mentees. */
    public record Rating(String pairId, boolean byMentee, int rating) { }

    private final JdbcTemplate jdbc;

    PairRatings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The feedback of one school's meetings. */
    public List<Rating> all(String schoolId) {
        return jdbc.query("""
                select m.pair_id, f.person_kind, f.rating from nst_feedback f
                join nst_meeting m on m.school_id = f.school_id and m.id = f.meeting_id where f.school_id = ?""",
                (rs, n) -> new Rating(rs.getString(1), PersonKind.MENTEE.name().equals(rs.getString(2)), rs.getInt(3)), schoolId);
    }
}
