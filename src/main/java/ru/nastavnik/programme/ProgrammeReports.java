package ru.nastavnik.programme;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The final reports, one per programme, each of its school; written in the close-out job's transaction. */
@Repository
class ProgrammeReports {

    record Report(String id, String schoolName, String schoolYear, LocalDateTime createdAt, String summary) { }

    private final JdbcTemplate jdbc;

    ProgrammeReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String save(String schoolId, String processInstanceId, String schoolName, String schoolYear, String summary, byte[] document, LocalDateTime now) {
        jdbc.update("delete from nst_programme_report where school_id = ? and process_instance_id = ?", schoolId, processInstanceId);
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into nst_programme_report (id, school_id, process_instance_id, school_name, school_year, created_at, summary, "
                + "document) values (?, ?, ?, ?, ?, ?, ?, ?)", id, schoolId, processInstanceId, schoolName, schoolYear, Timestamp.valueOf(now), summary, document);
        return id;
    }

    List<Report> list(String schoolId) {
        return jdbc.query("select id, school_name, school_year, created_at, summary from nst_programme_report where school_id = ? "
                        + "order by created_at desc",
                (rs, i) -> new Report(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime(), rs.getString(5)),
                schoolId);
    }

    /** Another school's report is not found. */
    Optional<byte[]> document(String schoolId, String id) {
        return jdbc.query("select document from nst_programme_report where school_id = ? and id = ?", (rs, i) -> rs.getBytes(1),
                schoolId, id).stream().findFirst();
    }
}
