package ru.nastavnik.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.RowMapper;

/** One invitation letter of an account (nst_account_invitation); its link exists once {@code expiresAt} is set. */
record Invitation(String id, String userId, String schoolId, LocalDateTime requestedAt, LocalDateTime expiresAt,
                  LocalDateTime sentAt, LocalDateTime usedAt) {

    static final String SELECT = "select id, user_id, school_id, requested_at, expires_at, sent_at, used_at from nst_account_invitation ";

    static final RowMapper<Invitation> ROW = (ResultSet rs, int row) -> new Invitation(rs.getString("id"), rs.getString("user_id"),
            rs.getString("school_id"), time(rs, "requested_at"), time(rs, "expires_at"), time(rs, "sent_at"), time(rs, "used_at"));

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }
}
