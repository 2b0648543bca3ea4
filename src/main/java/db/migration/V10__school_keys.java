package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every record of ours belongs to a school, and the unique keys are the school's: a teacher of two schools is in both
 * banks, and each school numbers its own orders from 1.
 * <p>
 * Rows written after {@code V8__schools} but before the repositories wrote {@code school_id} have none; an installation
 * of one school gives them to it. An installation of several schools with such rows is stopped here with the tables
 * named, rather than guessing whose they are (nothing is changed: the migration runs in one transaction).
 * The sent-mail log may keep rows of no school: mail of the installation itself (an invitation to a district's people).
 */
public class V10__school_keys extends BaseJavaMigration {

    /** The tables whose rows are a school's (V8's list without the sent-mail log). */
    private static final List<String> SCHOOL_TABLES = List.of(
            "nst_order", "nst_order_counter", "nst_mentor", "nst_mentor_tag", "nst_mentee",
            "nst_programme_report", "nst_consent", "nst_meeting", "nst_feedback", "nst_absence",
            "nst_questionnaire_round", "nst_questionnaire_invitation", "nst_questionnaire_link", "nst_questionnaire_answer",
            "nst_monitoring_round", "nst_success_case");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            giveRowsTheirSchool(sql);
            for (String table : SCHOOL_TABLES) {
                sql.execute("alter table " + table + " alter column school_id set not null");
            }
            perSchoolKeys(sql);
        }
    }

    private static void giveRowsTheirSchool(Statement sql) throws SQLException {
        List<String> withoutSchool = new ArrayList<>();
        for (String table : SCHOOL_TABLES) {
            if (count(sql, "select count(*) from " + table + " where school_id is null") > 0) {
                withoutSchool.add(table);
            }
        }
        if (withoutSchool.isEmpty()) {
            return;
        }
        List<String> schools = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select id from nst_school order by id")) {
            while (rows.next()) {
                schools.add(rows.getString(1));
            }
        }
        if (schools.size() != 1) {
            throw new IllegalStateException("Rows of no school in " + withoutSchool + " and " + schools.size()
                    + " schools on this installation: give each row its school_id, then start again");
        }
        for (String table : withoutSchool) {
            sql.executeUpdate("update " + table + " set school_id = '" + schools.get(0) + "' where school_id is null");
        }
    }

    /** Unique keys and lookups per school. */
    private static void perSchoolKeys(Statement sql) throws SQLException {
        sql.execute("alter table nst_mentor drop constraint uq_nst_mentor_email");
        sql.execute("alter table nst_mentor add constraint uq_nst_mentor_email unique (school_id, email)");
        sql.execute("alter table nst_mentee drop constraint uq_nst_mentee_email");
        sql.execute("alter table nst_mentee add constraint uq_nst_mentee_email unique (school_id, email)");
        sql.execute("alter table nst_order drop constraint nst_order_number_unique");
        sql.execute("alter table nst_order add constraint nst_order_number_unique unique (school_id, school_year, number)");
        sql.execute("alter table nst_order_counter drop constraint nst_order_counter_pk");
        sql.execute("alter table nst_order_counter add constraint nst_order_counter_pk primary key (school_id, school_year)");
        sql.execute("alter table nst_questionnaire_round drop constraint uq_nst_questionnaire_round_key");
        sql.execute("alter table nst_questionnaire_round add constraint uq_nst_questionnaire_round_key unique (school_id, round_key)");
        sql.execute("alter table nst_monitoring_round drop constraint uq_nst_monitoring_round");
        sql.execute("alter table nst_monitoring_round add constraint uq_nst_monitoring_round unique (school_id, school_year, round_number)");
        for (String table : SCHOOL_TABLES) {
            if (!table.equals("nst_order_counter")) {
                sql.execute("create index ix_" + table + "_school on " + table + " (school_id)");
            }
        }
        sql.execute("create index ix_nst_sent_mail_school on nst_sent_mail (school_id)");
        sql.execute("create index ix_nst_mentee_school_status on nst_mentee (school_id, status)");
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
