package ru.nastavnik.support;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ru.nastavnik.NastavnikApplication;

/**
 * The application in a JVM of its own, as an operator runs it: the main classes and the dependencies of this test run
 * (not the test classes), the postgres profile, its own free port and working directory, the log in a file. For faults
 * a test cannot cause inside its own JVM: {@link #kill()} is {@code kill -9}.
 */
public final class ApplicationProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ApplicationProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * The environment of the postgres profile (as {@link ProductionLikeEnvironment} gives it in-process): this database,
     * the in-process SMTP server and the tests' administrator password.
     */
    public static Map<String, String> postgres(TestDatabase.Coordinates database) {
        return new HashMap<>(Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "DB_URL", database.url(),
                "DB_USER", database.user(),
                "DB_PASSWORD", database.password() == null ? "" : database.password(),
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(TestMailServer.port()),
                "ADMIN_PASSWORD", ProductionLikeEnvironment.ADMIN_PASSWORD,
                "SESSION_COOKIE_SECURE", "false"));
    }

    /**
     * Starts the application (does not wait for it): {@code environment} as the operator's variables (PORT is chosen
     * here), {@code properties} as {@code -D} system properties. The heap is {@code -Dapplication.heap}, 1g by default.
     */
    public static ApplicationProcess start(String name, Map<String, String> environment, Map<String, String> properties) {
        try {
            int port = freePort();
            Path home = Files.createTempDirectory("nastavnik-" + name);
            Path log = home.resolve("application.log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + System.getProperty("application.heap", "1g"), "-Dfile.encoding=UTF-8", "-Duser.language=en"));
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-cp", applicationClassPath(), NastavnikApplication.class.getName()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("PORT", String.valueOf(port));
            return new ApplicationProcess(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the application " + name, e);
        }
    }

    /** This JVM's class path without its test classes: what the packaged jar holds, plus the test libraries. */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until {@code /actuator/health} answers UP; returns how long that took from now. */
    public Duration awaitHealthy(Duration timeout) {
        long start = System.nanoTime();
        try {
            awaitHealthy(port, process, timeout, Duration.ofMillis(200));
        } catch (RuntimeException notHealthy) {
            throw new IllegalStateException(name + " did not start; the end of " + log + ":\n" + logTail(60), notHealthy);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The last lines of the log, for a failure's message: CI keeps the tests' output, not the nodes' files. */
    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(the log could not be read: " + e.getMessage() + ")";
        }
    }

    /** Waits until the application on that port answers UP on {@code /actuator/health}, failing at once if it exits. */
    public static void awaitHealthy(int port, Process application, Duration timeout, Duration poll) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        await("the application on port " + port + " healthy").atMost(timeout).pollDelay(Duration.ZERO).pollInterval(poll)
                .failFast("the application on port " + port + " exited", () -> !application.isAlive())
                .until(() -> {
                    try {
                        HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200 && response.body().contains("UP");
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    /** {@code kill -9}: no shutdown hook, no transaction finishes; returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** An orderly stop (SIGTERM): Spring closes the context, the job executor finishes its jobs. */
    public void stop() {
        process.destroy();
        awaitExit();
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    /** A client of this application (HTTP Basic with {@link Http#as}). */
    public Http http() {
        return new Http(port);
    }

    /** The application's standard output and error. */
    public Path log() {
        return log;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
