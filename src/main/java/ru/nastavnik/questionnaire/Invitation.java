package ru.nastavnik.questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.RowMapper;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/**
 * One person asked in a round (nst_questionnaire_invitation), with what their page needs of the round. formNonce is
 * the random value the form carries, so a post without the page's own form is refused.
 */
record Invitation(String id, String schoolId, String roundId, Kind kind, String versionHash, Respondent role, String personId, String personName,
                  String pairId, String schoolName, String formNonce, LocalDateTime expiresAt, LocalDateTime answeredAt,
                  LocalDateTime roundClosedAt) {

    /** Select every column the mapper reads; append a where clause. */
    static final String SELECT = "select i.id, i.school_id, i.round_id, r.kind, i.version_hash, i.role, i.person_id, i.person_name, i.pair_id, "
            + "r.school_name, i.form_nonce, i.expires_at, i.answered_at, r.closed_at "
            + "from nst_questionnaire_invitation i join nst_questionnaire_round r on r.id = i.round_id and r.school_id = i.school_id ";

    static final RowMapper<Invitation> ROW = Invitation::map;

    boolean answered() {
        return answeredAt != null;
    }

    /** The round was evaluated or the link's days ran out: no answer is taken any more. */
    boolean closed(LocalDateTime now) {
        return roundClosedAt != null || !now.isBefore(expiresAt);
    }

    private static Invitation map(ResultSet row, int number) throws SQLException {
        return new Invitation(row.getString("id"), row.getString("school_id"), row.getString("round_id"), Kind.valueOf(row.getString("kind")),
                row.getString("version_hash"), Respondent.valueOf(row.getString("role")), row.getString("person_id"),
                row.getString("person_name"), row.getString("pair_id"), row.getString("school_name"), row.getString("form_nonce"),
                time(row.getTimestamp("expires_at")), time(row.getTimestamp("answered_at")), time(row.getTimestamp("closed_at")));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
