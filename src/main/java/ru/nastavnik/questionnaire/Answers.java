package ru.nastavnik.questionnaire;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/**
 * The answers (nst_questionnaire_answer). An invitation is answered once: its row is locked, and a second submit (a
 * double click, a second tab) waits for the first and then finds it answered; the primary key backs this up.
 */
@Repository
class Answers {

    enum Outcome { STORED, ALREADY_ANSWERED, CLOSED }

    /** One answered questionnaire, for the figures: whose, which version, the answers by question id. */
    record Sheet(String invitationId, String pairId, String personId, Respondent role, String versionHash,
                 Map<String, List<String>> answers) { }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Answers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The answers to an invitation of the school (another school's invitation id is not found). */
    Outcome store(String schoolId, String invitationId, Map<String, List<String>> answers) {
        return transaction.execute(status -> {
            LocalDateTime now = LocalDateTime.now(clock);
            boolean answered = jdbc.queryForObject("select answered_at from nst_questionnaire_invitation where school_id = ? and id = ? "
                    + "for update", (row, n) -> row.getTimestamp(1) != null, schoolId, invitationId);
            if (answered) {
                return Outcome.ALREADY_ANSWERED;
            }
            Invitation invitation = jdbc.queryForObject(Invitation.SELECT + "where i.school_id = ? and i.id = ?", Invitation.ROW,
                    schoolId, invitationId);
            if (invitation.closed(now)) {
                return Outcome.CLOSED;
            }
            for (Map.Entry<String, List<String>> answer : answers.entrySet()) {
                for (int item = 0; item < answer.getValue().size(); item++) {
                    jdbc.update("insert into nst_questionnaire_answer (school_id, invitation_id, question_id, item_no, answer) "
                                    + "values (?, ?, ?, ?, ?)", schoolId, invitationId, answer.getKey(), item, answer.getValue().get(item));
                }
            }
            jdbc.update("update nst_questionnaire_invitation set answered_at = ? where school_id = ? and id = ?", now, schoolId, invitationId);
            return Outcome.STORED;
        });
    }

    /** The answered questionnaires of the rounds of that kind in the school year. */
    List<Sheet> of(String schoolId, Kind kind, String schoolYear) {
        return sheets(schoolId, "r.kind = ? and r.school_year = ?", kind.name(), schoolYear);
    }

    /** The answered entry questionnaires of the pairs whose exit questionnaires were answered in the school year. */
    List<Sheet> entriesBeforeExitsOf(String schoolId, String schoolYear) {
        return sheets(schoolId, "r.kind = 'ENTRY' and i.pair_id in (select x.pair_id from nst_questionnaire_invitation x "
                + "join nst_questionnaire_round xr on xr.id = x.round_id where x.school_id = ? and xr.school_id = ? and xr.kind = 'EXIT' "
                + "and xr.school_year = ?)", schoolId, schoolId, schoolYear);
    }

    private List<Sheet> sheets(String schoolId, String where, Object... conditions) {
        List<Object> arguments = new ArrayList<>(List.of(schoolId, schoolId, schoolId));
        arguments.addAll(List.of(conditions));
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        jdbc.query("select i.id, i.pair_id, i.person_id, i.role, i.version_hash, a.question_id, a.answer "
                + "from nst_questionnaire_invitation i join nst_questionnaire_round r on r.id = i.round_id "
                + "join nst_questionnaire_answer a on a.invitation_id = i.id "
                + "where i.school_id = ? and r.school_id = ? and a.school_id = ? and i.answered_at is not null and " + where + " order by i.id, a.question_id, a.item_no", row -> {
                    String id = row.getString("id");
                    if (!sheets.containsKey(id)) {
                        sheets.put(id, new Sheet(id, row.getString("pair_id"), row.getString("person_id"),
                                Respondent.valueOf(row.getString("role")), row.getString("version_hash"), new LinkedHashMap<>()));
                    }
                    sheets.get(id).answers().computeIfAbsent(row.getString("question_id"), q -> new ArrayList<>()).add(row.getString("answer"));
                }, arguments.toArray());
        return List.copyOf(sheets.values());
    }
}
