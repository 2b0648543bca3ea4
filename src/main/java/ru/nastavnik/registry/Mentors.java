package ru.nastavnik.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The mentor bank's tables: nst_mentor and its tags, nst_mentor_tag. A mentor's load is counted from nst_mentee. Every
 * row is a school's, and every query reads one school: a mentor of another school is not found.
 */
@Repository
class Mentors {

    private static final String WITH_LOAD = """
            select m.*, (select count(*) from nst_mentee e
                          where e.school_id = m.school_id and e.mentor_id = m.id and e.status in ('PROPOSED', 'IN_PAIR')) as current_load
            from nst_mentor m where m.school_id = ?""";

    private final JdbcTemplate jdbc;

    Mentors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> emails(String schoolId) {
        return new HashSet<>(jdbc.queryForList("select email from nst_mentor where school_id = ?", String.class, schoolId));
    }

    boolean hasEmail(String schoolId, String email) {
        Integer count = jdbc.queryForObject("select count(*) from nst_mentor where school_id = ? and email = ?", Integer.class,
                schoolId, BankChecks.normalizedEmail(email));
        return count != null && count > 0;
    }

    int count(String schoolId) {
        Integer count = jdbc.queryForObject("select count(*) from nst_mentor where school_id = ?", Integer.class, schoolId);
        return count == null ? 0 : count;
    }

    List<String> insert(String schoolId, List<NewMentor> mentors, boolean fromMentee, LocalDateTime now) {
        List<String> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (NewMentor m : mentors) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            rows.add(new Object[] {schoolId, id, m.fullName().strip(), BankChecks.normalizedEmail(m.email()), m.phone(), m.workplace(),
                    m.competences(), m.achievements(), m.interests(), m.preferredMenteeProfile(), m.hoursPerMonth(),
                    m.entryDate(), fromMentee, now});
            m.tags().forEach(tag -> tags.add(new Object[] {schoolId, id, tag}));
        }
        jdbc.batchUpdate("""
                insert into nst_mentor (school_id, id, full_name, email, phone, workplace, competences, achievements, interests,
                                        preferred_mentee_profile, hours_per_month, entry_date, from_mentee, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("insert into nst_mentor_tag (school_id, mentor_id, tag) values (?, ?, ?)", tags);
        return ids;
    }

    List<Mentor> list(String schoolId) {
        return withTags(schoolId, jdbc.query(WITH_LOAD + " order by m.full_name, m.email", Mentors::mentor, schoolId));
    }

    Optional<Mentor> find(String schoolId, String id) {
        return withTags(schoolId, jdbc.query(WITH_LOAD + " and m.id = ?", Mentors::mentor, schoolId, id)).stream().findFirst();
    }

    /** Locks the mentor's row until the transaction ends, so two pairs formed at once cannot both take the last place. */
    Optional<Mentor> lock(String schoolId, String id) {
        List<String> locked = jdbc.queryForList("select id from nst_mentor where school_id = ? and id = ? for update",
                String.class, schoolId, id);
        return locked.isEmpty() ? Optional.empty() : find(schoolId, id);
    }

    boolean linkUser(String schoolId, String id, String userId) {
        return jdbc.update("update nst_mentor set user_id = ? where school_id = ? and id = ?", userId, schoolId, id) == 1;
    }

    void recordPair(String schoolId, String id, String mentoringForm) {
        jdbc.update("update nst_mentor set mentoring_form = ? where school_id = ? and id = ?", mentoringForm, schoolId, id);
    }

    void recordCompletion(String schoolId, String id, String results, LocalDate end) {
        jdbc.update("update nst_mentor set results = ?, end_date = ? where school_id = ? and id = ?", results, end, schoolId, id);
    }

    private List<Mentor> withTags(String schoolId, List<Mentor> mentors) {
        if (mentors.isEmpty()) {
            return mentors;
        }
        Map<String, List<String>> tags = new HashMap<>();
        jdbc.query("select mentor_id, tag from nst_mentor_tag where school_id = ? order by tag", rs -> {
            tags.computeIfAbsent(rs.getString("mentor_id"), id -> new ArrayList<>()).add(rs.getString("tag"));
        }, schoolId);
        return mentors.stream().map(m -> new Mentor(m.id(), m.fullName(), m.email(), m.phone(), m.workplace(),
                m.competences(), tags.getOrDefault(m.id(), List.of()), m.achievements(), m.interests(),
                m.preferredMenteeProfile(), m.hoursPerMonth(), m.entryDate(), m.mentoringForm(), m.menteesWorkplace(),
                m.endDate(), m.results(), m.caseLink(), m.userId(), m.fromMentee(), m.currentMentees())).toList();
    }

    private static Mentor mentor(ResultSet rs, int rowNum) throws SQLException {
        return new Mentor(rs.getString("id"), rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("workplace"), rs.getString("competences"), List.of(), rs.getString("achievements"),
                rs.getString("interests"), rs.getString("preferred_mentee_profile"),
                rs.getObject("hours_per_month", Integer.class), rs.getObject("entry_date", LocalDate.class),
                rs.getString("mentoring_form"), rs.getString("mentees_workplace"), rs.getObject("end_date", LocalDate.class),
                rs.getString("results"), rs.getString("case_link"), rs.getString("user_id"), rs.getBoolean("from_mentee"),
                rs.getInt("current_load"));
    }
}
