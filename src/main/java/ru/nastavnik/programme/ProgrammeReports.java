package ru.nastavnik.programme;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The final reports, one per programme; written in the close-out job's transaction. */
@Repository
class ProgrammeReports {

    record Report(String id, String schoolName, String schoolYear, LocalDateTime createdAt, String summary) { }

    private final JdbcTemplate jdbc;

    ProgrammeReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String save(String processInstanceId, String schoolName, String schoolYear, String summary, byte[] document, LocalDateTime now) {
        jdbc.update("delete from nst_programme_report where process_instance_id = ?", processInstanceId);
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into nst_programme_report (id, process_instance_id, school_name, school_year, created_at, summary, document)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, processInstanceId, schoolName, schoolYear, Timestamp.valueOf(now), summary, document);
        return id;
    }

    List<Report> list() {
        return jdbc.query("select id, school_name, school_year, created_at, summary from nst_programme_report order by created_at desc",
                (rs, i) -> new Report(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime(), rs.getString(5)));
    }

    Optional<byte[]> document(String id) {
        return jdbc.query("select document from nst_programme_report where id = ?", (rs, i) -> rs.getBytes(1), id).stream().findFirst();
    }
}
