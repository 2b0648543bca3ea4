package ru.nastavnik.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The mentee bank's table, nst_mentee: every row is a school's, every query reads one school. */
@Repository
class Mentees {

    private final JdbcTemplate jdbc;

    Mentees(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> emails(String schoolId) {
        return new HashSet<>(jdbc.queryForList("select email from nst_mentee where school_id = ?", String.class, schoolId));
    }

    int count(String schoolId) {
        Integer count = jdbc.queryForObject("select count(*) from nst_mentee where school_id = ?", Integer.class, schoolId);
        return count == null ? 0 : count;
    }

    List<String> insert(String schoolId, List<NewMentee> mentees, LocalDateTime now) {
        List<String> ids = mentees.stream().map(mentee -> UUID.randomUUID().toString()).toList();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            NewMentee m = mentees.get(i);
            rows.add(new Object[] {schoolId, ids.get(i), m.fullName().strip(), BankChecks.normalizedEmail(m.email()), m.phone(),
                    m.birthYear(), m.mainRequest(), m.subject(), m.workStartDate(), m.experienceYears(),
                    m.entryDate(), MenteeStatus.WAITING.name(), now});
        }
        jdbc.batchUpdate("""
                insert into nst_mentee (school_id, id, full_name, email, phone, birth_year, main_request, subject, work_start_date,
                                        experience_years, entry_date, status, completed, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)""", rows);
        return ids;
    }

    List<Mentee> list(String schoolId) {
        return jdbc.query("select * from nst_mentee where school_id = ? order by full_name, email", Mentees::mentee, schoolId);
    }

    Optional<Mentee> find(String schoolId, String id) {
        return jdbc.query("select * from nst_mentee where school_id = ? and id = ?", Mentees::mentee, schoolId, id).stream().findFirst();
    }

    /** Reads the mentees and locks their rows until the transaction ends. */
    List<Mentee> lock(String schoolId, List<String> ids) {
        return ids.stream()
                .map(id -> jdbc.query("select * from nst_mentee where school_id = ? and id = ? for update", Mentees::mentee, schoolId, id)
                        .stream().findFirst().orElse(null))
                .toList();
    }

    List<WaitingMentee> waiting(String schoolId) {
        return jdbc.query("select id, full_name, subject, work_start_date, entry_date, late_approval_reason, mentor_approved_on "
                        + "from nst_mentee "
                        + "where school_id = ? and status = ? order by work_start_date, full_name",
                (rs, n) -> {
                    LocalDate workStart = rs.getObject("work_start_date", LocalDate.class);
                    return new WaitingMentee(rs.getString("id"), rs.getString("full_name"), rs.getString("subject"), workStart,
                            MentorApproval.dueBy(workStart, rs.getObject("entry_date", LocalDate.class)),
                            rs.getString("late_approval_reason"), rs.getObject("mentor_approved_on", LocalDate.class));
                },
                schoolId, MenteeStatus.WAITING.name());
    }

    /** Mentees holding a place with the mentor: proposed to them or in a pair with them. */
    int countWithMentor(String schoolId, String mentorId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from nst_mentee where school_id = ? and mentor_id = ? and status in (?, ?)",
                Integer.class, schoolId, mentorId, MenteeStatus.PROPOSED.name(), MenteeStatus.IN_PAIR.name());
        return count == null ? 0 : count;
    }

    void propose(String schoolId, String id, String mentorId, String mentoringForm, String mentorWorkplace, LocalDate end) {
        jdbc.update("update nst_mentee set status = ?, mentor_id = ?, mentoring_form = ?, mentor_workplace = ?, end_date = ? "
                + "where school_id = ? and id = ?",
                MenteeStatus.PROPOSED.name(), mentorId, mentoringForm, mentorWorkplace, end, schoolId, id);
    }

    /** In a pair until {@code end}; {@code firstApprovedOn} is the day the mentee's first mentor was approved. */
    void approve(String schoolId, String id, LocalDate firstApprovedOn, LocalDate end) {
        jdbc.update("update nst_mentee set status = ?, mentor_approved_on = ?, end_date = ? where school_id = ? and id = ?",
                MenteeStatus.IN_PAIR.name(), firstApprovedOn, end, schoolId, id);
    }

    void moveEnd(String schoolId, String id, LocalDate end) {
        jdbc.update("update nst_mentee set end_date = ? where school_id = ? and id = ?", end, schoolId, id);
    }

    void allowLateApproval(String schoolId, String id, String reason) {
        jdbc.update("update nst_mentee set late_approval_reason = ? where school_id = ? and id = ?", reason, schoolId, id);
    }

    void leave(String schoolId, String id) {
        jdbc.update("update nst_mentee set status = ?, mentor_id = null, mentoring_form = null, mentor_workplace = null, "
                + "end_date = null where school_id = ? and id = ?", MenteeStatus.LEFT.name(), schoolId, id);
    }

    boolean linkUser(String schoolId, String id, String userId) {
        return jdbc.update("update nst_mentee set user_id = ? where school_id = ? and id = ?", userId, schoolId, id) == 1;
    }

    void complete(String schoolId, String id, String results, boolean successful, LocalDate end) {
        jdbc.update("update nst_mentee set status = ?, completed = ?, results = ?, end_date = ? where school_id = ? and id = ?",
                MenteeStatus.COMPLETED.name(), successful, results, end, schoolId, id);
    }

    void returnToBank(String schoolId, String id) {
        jdbc.update("update nst_mentee set status = ?, mentor_id = null, mentoring_form = null, mentor_workplace = null, "
                + "end_date = null where school_id = ? and id = ?", MenteeStatus.WAITING.name(), schoolId, id);
    }

    private static Mentee mentee(ResultSet rs, int rowNum) throws SQLException {
        return new Mentee(rs.getString("id"), rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
                rs.getObject("birth_year", Integer.class), rs.getString("main_request"), rs.getString("subject"),
                rs.getObject("work_start_date", LocalDate.class), rs.getObject("experience_years", Integer.class),
                rs.getObject("entry_date", LocalDate.class), MenteeStatus.valueOf(rs.getString("status")),
                rs.getString("mentor_id"), rs.getString("mentoring_form"), rs.getString("mentor_workplace"),
                rs.getObject("end_date", LocalDate.class), rs.getString("results"), rs.getString("case_link"),
                rs.getBoolean("completed"), rs.getString("user_id"), rs.getObject("mentor_approved_on", LocalDate.class),
                rs.getString("late_approval_reason"));
    }
}
