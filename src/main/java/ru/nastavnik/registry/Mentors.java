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

/** The mentor bank's tables: nst_mentor and its tags, nst_mentor_tag. A mentor's load is counted from nst_mentee. */
@Repository
class Mentors {

    private static final String WITH_LOAD = """
            select m.*, (select count(*) from nst_mentee e where e.mentor_id = m.id and e.status in ('PROPOSED', 'IN_PAIR')) as current_load
            from nst_mentor m""";

    private final JdbcTemplate jdbc;

    Mentors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> emails() {
        return new HashSet<>(jdbc.queryForList("select email from nst_mentor", String.class));
    }

    boolean hasEmail(String email) {
        Integer count = jdbc.queryForObject("select count(*) from nst_mentor where email = ?", Integer.class,
                BankChecks.normalizedEmail(email));
        return count != null && count > 0;
    }

    int count() {
        Integer count = jdbc.queryForObject("select count(*) from nst_mentor", Integer.class);
        return count == null ? 0 : count;
    }

    List<String> insert(List<NewMentor> mentors, boolean fromMentee, LocalDateTime now) {
        List<String> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (NewMentor m : mentors) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            rows.add(new Object[] {id, m.fullName().strip(), BankChecks.normalizedEmail(m.email()), m.phone(), m.workplace(),
                    m.competences(), m.achievements(), m.interests(), m.preferredMenteeProfile(), m.hoursPerMonth(),
                    m.entryDate(), fromMentee, now});
            m.tags().forEach(tag -> tags.add(new Object[] {id, tag}));
        }
        jdbc.batchUpdate("""
                insert into nst_mentor (id, full_name, email, phone, workplace, competences, achievements, interests,
                                        preferred_mentee_profile, hours_per_month, entry_date, from_mentee, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("insert into nst_mentor_tag (mentor_id, tag) values (?, ?)", tags);
        return ids;
    }

    List<Mentor> list() {
        return withTags(jdbc.query(WITH_LOAD + " order by m.full_name, m.email", Mentors::mentor));
    }

    Optional<Mentor> find(String id) {
        return withTags(jdbc.query(WITH_LOAD + " where m.id = ?", Mentors::mentor, id)).stream().findFirst();
    }

    /** Locks the mentor's row until the transaction ends, so two pairs formed at once cannot both take the last place. */
    Optional<Mentor> lock(String id) {
        List<String> locked = jdbc.queryForList("select id from nst_mentor where id = ? for update", String.class, id);
        return locked.isEmpty() ? Optional.empty() : find(id);
    }

    boolean linkUser(String id, String userId) {
        return jdbc.update("update nst_mentor set user_id = ? where id = ?", userId, id) == 1;
    }

    void recordPair(String id, String mentoringForm) {
        jdbc.update("update nst_mentor set mentoring_form = ? where id = ?", mentoringForm, id);
    }

    void recordCompletion(String id, String results, LocalDate end) {
        jdbc.update("update nst_mentor set results = ?, end_date = ? where id = ?", results, end, id);
    }

    private List<Mentor> withTags(List<Mentor> mentors) {
        if (mentors.isEmpty()) {
            return mentors;
        }
        Map<String, List<String>> tags = new HashMap<>();
        jdbc.query("select mentor_id, tag from nst_mentor_tag order by tag", rs -> {
            tags.computeIfAbsent(rs.getString("mentor_id"), id -> new ArrayList<>()).add(rs.getString("tag"));
        });
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
