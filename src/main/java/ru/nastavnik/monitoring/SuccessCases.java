package ru.nastavnik.monitoring;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The bank of successful practices (nst_success_case), filled by the curator at a programme's close-out. */
@Repository
class SuccessCases {

    record SuccessCase(String schoolName, String schoolYear, String title, String description, LocalDateTime recordedAt) { }

    private final JdbcTemplate jdbc;

    SuccessCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The programme's cases, as the curator last submitted them. */
    void replace(String schoolId, String processInstanceId, String schoolName, String schoolYear, List<SuccessCase> cases, String by, LocalDateTime at) {
        jdbc.update("delete from nst_success_case where school_id = ? and process_instance_id = ?", schoolId, processInstanceId);
        for (SuccessCase item : cases) {
            jdbc.update("""
                    insert into nst_success_case (id, school_id, process_instance_id, school_name, school_year, title, description,
                      recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(),
                    schoolId, processInstanceId, schoolName, schoolYear, item.title(), item.description(), by, Timestamp.valueOf(at));
        }
    }

    /** The school's cases, newest school year first. */
    List<SuccessCase> list(String schoolId) {
        return jdbc.query("select school_name, school_year, title, description, recorded_at from nst_success_case where school_id = ?"
                + " order by school_year desc, recorded_at desc, title", (rs, n) -> new SuccessCase(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toLocalDateTime()), schoolId);
    }
}
