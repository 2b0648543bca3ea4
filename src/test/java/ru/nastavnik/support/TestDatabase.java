package ru.nastavnik.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the integration tests: the server named by NASTAVNIK_TEST_DB_URL (with
 * NASTAVNIK_TEST_DB_USER and NASTAVNIK_TEST_DB_PASSWORD) when set, otherwise an embedded PostgreSQL 16
 * binary started once per JVM. Every Spring context gets a fresh database of its own.
 */
public final class TestDatabase {

    public record Coordinates(String url, String user, String password) { }

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Coordinates server;

    private TestDatabase() {
    }

    public static synchronized Coordinates newDatabase() {
        Coordinates admin = server();
        String name = "nastavnik_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return new Coordinates(admin.url().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1"), admin.user(), admin.password());
    }

    private static Coordinates server() {
        if (server == null) {
            String external = System.getenv("NASTAVNIK_TEST_DB_URL");
            server = external != null && !external.isBlank()
                    ? new Coordinates(external, System.getenv("NASTAVNIK_TEST_DB_USER"), System.getenv("NASTAVNIK_TEST_DB_PASSWORD"))
                    : startEmbedded();
        }
        return server;
    }

    private static Coordinates startEmbedded() {
        try {
            // zonky stops the server in a shutdown hook of its own
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new Coordinates(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
