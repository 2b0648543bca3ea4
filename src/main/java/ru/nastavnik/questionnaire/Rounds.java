package ru.nastavnik.questionnaire;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.common.LinkTokens;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;

/**
 * Rounds and the people asked in them. A round is opened in a transaction of its own, once per key: a mail job that
 * fails halfway is retried, and the invitations (and links) of the letters already sent must outlive its rollback.
 */
@Repository
class Rounds {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final QuestionnaireCatalog catalog;

    Rounds(JdbcTemplate jdbc, PlatformTransactionManager transactions, QuestionnaireCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What to open: the key names the round for good; dates come from the settings. */
    record Opening(String key, Kind kind, String schoolYear, String schoolName, String pairId, LocalDateTime openedAt,
                   LocalDateTime reminderAt, LocalDateTime closesAt, List<Participant> participants) { }

    /** The round of that key, opened now with an invitation per participant unless it was opened before. */
    Round open(Opening opening) {
        return ownTransaction.execute(status -> {
            List<String> known = jdbc.queryForList("select id from nst_questionnaire_round where round_key = ?", String.class, opening.key());
            String roundId = known.isEmpty() ? insert(opening) : known.get(0);
            return find(roundId);
        });
    }

    Round find(String roundId) {
        return jdbc.queryForObject("select id, kind, school_year, school_name, pair_id, reminder_at, closes_at, closed_at "
                + "from nst_questionnaire_round where id = ?", (row, n) -> new Round(row.getString("id"), Kind.valueOf(row.getString("kind")),
                row.getString("school_year"), row.getString("school_name"), row.getString("pair_id"),
                row.getTimestamp("reminder_at").toLocalDateTime(), row.getTimestamp("closes_at").toLocalDateTime(),
                row.getTimestamp("closed_at") == null ? null : row.getTimestamp("closed_at").toLocalDateTime()), roundId);
    }

    List<Invitation> invitations(String roundId) {
        return jdbc.query(Invitation.SELECT + "where i.round_id = ? order by i.role desc, i.person_name", Invitation.ROW, roundId);
    }

    /** The round is evaluated with what came in: links stop working. Returns false when it was closed before. */
    boolean close(String roundId, LocalDateTime now) {
        return jdbc.update("update nst_questionnaire_round set closed_at = ? where id = ? and closed_at is null", now, roundId) == 1;
    }

    private String insert(Opening opening) {
        String roundId = UUID.randomUUID().toString();
        jdbc.update("insert into nst_questionnaire_round (id, round_key, kind, school_year, school_name, pair_id, opened_at, reminder_at, closes_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", roundId, opening.key(), opening.kind().name(), opening.schoolYear(),
                opening.schoolName(), opening.pairId(), opening.openedAt(), opening.reminderAt(), opening.closesAt());
        for (Participant person : opening.participants()) {
            jdbc.update("insert into nst_questionnaire_invitation (id, round_id, version_hash, role, person_id, person_name, pair_id, form_nonce, expires_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), roundId,
                    catalog.current(opening.kind(), person.role()).hash(), person.role().name(), person.personId(), person.name(),
                    person.pairId(), LinkTokens.fresh(), opening.closesAt());
        }
        return roundId;
    }
}
