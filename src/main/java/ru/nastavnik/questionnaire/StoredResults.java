package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.OptionalInt;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link QuestionnaireResults} from the stored answers, each read with the questionnaire version it answered. */
@Component
class StoredResults implements QuestionnaireResults {

    private final Answers answers;
    private final QuestionnaireVersions versions;
    private final JdbcTemplate jdbc;

    StoredResults(Answers answers, QuestionnaireVersions versions, JdbcTemplate jdbc) {
        this.answers = answers;
        this.versions = versions;
        this.jdbc = jdbc;
    }

    @Override
    public OptionalInt satisfaction(String schoolId, Respondent role, String schoolYear) {
        List<Answers.Sheet> sheets = answers.of(schoolId, Kind.SATISFACTION, schoolYear).stream().filter(sheet -> sheet.role() == role).toList();
        return ResultArithmetic.satisfiedShare(sheets, hash -> versions.get(hash).questionnaire());
    }

    @Override
    public List<Growth> growth(String schoolId, String schoolYear) {
        return ResultArithmetic.growth(answers.of(schoolId, Kind.EXIT, schoolYear), answers.entriesBeforeExitsOf(schoolId, schoolYear),
                hash -> versions.get(hash).questionnaire());
    }

    /** Sent: invitations whose letter reached the mail server; answered: of those. */
    @Override
    public List<Response> responses(String schoolId, String schoolYear) {
        return jdbc.query("select r.kind, i.role, count(*) as sent, sum(case when i.answered_at is null then 0 else 1 end) as answered "
                        + "from nst_questionnaire_invitation i join nst_questionnaire_round r on r.id = i.round_id "
                        + "where i.school_id = ? and r.school_id = ? and r.school_year = ? and i.sent_at is not null "
                        + "group by r.kind, i.role order by r.kind, i.role",
                (row, n) -> new Response(Kind.valueOf(row.getString("kind")), Respondent.valueOf(row.getString("role")),
                        row.getInt("sent"), row.getInt("answered")), schoolId, schoolId, schoolYear);
    }
}
