package ru.nastavnik.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.stereotype.Component;

/**
 * Whether the database answers right now, asked on a connection of its own with a short timeout: the pool would make
 * the caller wait its whole connection timeout. Asked only after a request failed; the answer is kept for a second so
 * that a burst of failures during an outage does not become a burst of connection attempts.
 */
@Component
class DatabaseReachability {

    private static final long KEEP_NANOS = 1_000_000_000L;

    private final DataSource dataSource;
    private volatile long askedAt;
    private volatile boolean reachable = true;

    DatabaseReachability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean unreachable() {
        long now = System.nanoTime();
        if (askedAt == 0 || now - askedAt > KEEP_NANOS) {
            reachable = ask();
            askedAt = now;
        }
        return !reachable;
    }

    private boolean ask() {
        HikariDataSource pool;
        try {
            if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                return true; // the demo's in-memory H2 cannot go away
            }
            pool = dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            return true;
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "3");
        properties.setProperty("loginTimeout", "2");
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
