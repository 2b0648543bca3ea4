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

    public List<Rating> all() {
        return jdbc.query("select m.pair_id, f.person_kind, f.rating from nst_feedback f join nst_meeting m on m.id = f.meeting_id",
                (rs, n) -> new Rating(rs.getString(1), PersonKind.MENTEE.name().equals(rs.getString(2)), rs.getInt(3)));
    }
}
