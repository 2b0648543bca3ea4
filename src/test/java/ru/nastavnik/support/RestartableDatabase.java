package ru.nastavnik.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A PostgreSQL server of one test's own that the test stops and starts again, as an operator restarts the database
 * under a running application: the same port, the same data directory, the data kept. The application gets it as
 * {@link ProductionLikeEnvironment} gives the shared one. One per JVM (under target/); zonky stops it in a shutdown hook.
 */
public final class RestartableDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        TestDatabase.Coordinates database = new TestDatabase.Coordinates(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("restartableDatabase",
                ProductionLikeEnvironment.variables(database)));
    }

    public static synchronized void start() {
        try {
            if (dataDirectory == null) {
                dataDirectory = Files.createDirectories(Path.of("target", "restartable-db-" + ProcessHandle.current().pid()).toAbsolutePath());
                try (ServerSocket free = new ServerSocket(0)) {
                    port = free.getLocalPort();
                }
            }
            if (server == null) {
                server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the restartable PostgreSQL", e);
        }
    }

    /** Stops the server as {@code pg_ctl stop -m fast} does: open transactions are rolled back, clients disconnected. */
    public static synchronized void stop() {
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the restartable PostgreSQL", e);
        }
    }
}
