package ru.nastavnik.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import ru.nastavnik.common.Refused;

/**
 * While the database is down (restarted, failed over), every request that needs it fails deep inside the engine; such
 * a failure is answered 503 with {@link #MESSAGE} and Retry-After: nothing was saved, try again in a minute. The same
 * application answers as soon as the database is back: the pool replaces its broken connections by itself.
 * <p>
 * Whether the database answers right now, asked on a connection of its own with a short timeout: the pool would make
 * the caller wait its whole connection timeout. Asked only after a request failed; the answer is kept for a second so
 * that a burst of failures during an outage does not become a burst of connection attempts.
 */
@Component
public class DatabaseReachability {

    public static final String MESSAGE = "База данных временно недоступна, данные не сохранены. Повторите через минуту; "
            + "если не получится — сообщите администратору.";
    public static final String RETRY_AFTER_SECONDS = "60";
    private static final long KEEP_NANOS = 1_000_000_000L;
    private static final Logger log = LoggerFactory.getLogger(DatabaseReachability.class);

    private final DataSource dataSource;
    private volatile long askedAt;
    private volatile boolean reachable = true;

    DatabaseReachability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The refusal (503) of a request that failed because of the database, if it did: the failure itself says the
     * connection was lost or never made (the server may be back by the time it is asked), or the database does not
     * answer now.
     */
    public Optional<Refused> refusalOf(Throwable failure, String method, Object path) {
        if (failure == null || !explains(failure)) {
            return Optional.empty();
        }
        log.warn("{} {} refused: the database does not answer", method, path);
        return Optional.of(new Refused(Refused.Kind.UNAVAILABLE, MESSAGE));
    }

    private boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return unreachable();
    }

    private boolean unreachable() {
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
