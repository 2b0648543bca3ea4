package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import ru.nastavnik.support.ApplicationProcess;
import ru.nastavnik.support.TestDatabase;

/**
 * Scenario 5 (benchmark profile only, after the jar is packaged): seconds from {@code java} to {@code /actuator/health}
 * answering UP (start-up done, process models deployed), in a fresh working directory (a first start: schema, demo
 * school), with the heap the benchmark runs with ({@code -Dbenchmark.heap}). Twice: the plain {@code java -jar}, and as
 * the production image ({@code docker/Dockerfile}) starts it: the jar extracted and a class data sharing archive made
 * by a training run, the same three commands.
 */
@Tag("integration")
class StartupBenchmarkIT {

    private static final String SCENARIO = "5 Footprint";
    private static final Map<String, String> DEMO = Map.of("SPRING_PROFILES_ACTIVE", "demo");

    private final String heap = System.getProperty("benchmark.heap", "2g");

    @Test
    void thePackagedApplicationIsReadyWithinTwelveSeconds() throws Exception {
        Path jar = jar();
        double plain = secondsToReady(List.of("-jar", jar.toAbsolutePath().toString()));
        Figures.target(SCENARIO, "java -Xmx" + heap + " -jar, demo profile, first start to /actuator/health UP",
                Figures.number(plain) + " s", "≤ 12 s", plain <= 12);

        Path extracted = Files.createTempDirectory("nastavnik-cds");
        run(List.of("-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                extracted.resolve("app").toString()), extracted);
        Path application = extracted.resolve("app").resolve(jar.getFileName());
        Path archive = extracted.resolve("nastavnik.jsa");
        long training = System.nanoTime();
        run(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar", application.toString()),
                Files.createTempDirectory("nastavnik-training"));
        assertThat(archive).exists();
        Figures.add(SCENARIO, "class data sharing archive made by a training run (as the image is built)",
                Figures.seconds(System.nanoTime() - training));
        List<String> asTheImage = List.of("-XX:SharedArchiveFile=" + archive, "-jar", application.toString());
        double shared = secondsToReady(asTheImage, DEMO);
        Figures.target(SCENARIO, "the same, started as the image does (extracted jar, class data sharing archive)",
                Figures.number(shared) + " s", "≤ 12 s", shared <= 12);

        // production: the postgres profile on a database of its own, first start (schema) and a restart (an update)
        Map<String, String> production = ApplicationProcess.postgres(TestDatabase.newDatabase());
        double first = secondsToReady(asTheImage, production);
        Figures.add(SCENARIO, "as the image, postgres profile, first start on an empty database", Figures.number(first) + " s");
        double restart = secondsToReady(asTheImage, production);
        Figures.target(SCENARIO, "as the image, postgres profile, restart on its database (after an update)",
                Figures.number(restart) + " s", "≤ 12 s", restart <= 12);
        Figures.print(new Scale("startup", 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private double secondsToReady(List<String> arguments) throws Exception {
        return secondsToReady(arguments, DEMO);
    }

    /**
     * Seconds until ready; a start whose port was taken meanwhile (a free port is chosen before the start, and another
     * connection may take it in between) is tried once more.
     */
    private double secondsToReady(List<String> arguments, Map<String, String> environment) throws Exception {
        Start start = start(arguments, environment);
        if (start.seconds() < 0 && Files.readString(start.log()).contains("already in use")) {
            start = start(arguments, environment);
        }
        assertThat(start.seconds()).as("ready; log in " + start.log()).isPositive();
        return start.seconds();
    }

    private record Start(double seconds, Path log) { }

    private Start start(List<String> arguments, Map<String, String> environment) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path home = Files.createTempDirectory("nastavnik-startup");
        ProcessBuilder builder = java(arguments, environment, String.valueOf(port), home.resolve("application.log"));
        long start = System.nanoTime();
        Process application = builder.start();
        try {
            long ready = -1;
            try {
                ApplicationProcess.awaitHealthy(port, application, Duration.ofMinutes(2), Duration.ofMillis(50));
                ready = System.nanoTime() - start;
            } catch (org.awaitility.core.ConditionTimeoutException | org.awaitility.core.TerminalFailureException notReady) {
                // reported as -1, with the log
            }
            return new Start(ready < 0 ? -1 : ready / 1e9, home.resolve("application.log"));
        } finally {
            application.destroy();
            application.waitFor();
        }
    }

    /** Runs {@code java} with {@code arguments} in {@code directory} (demo profile) until it ends by itself. */
    private void run(List<String> arguments, Path directory) throws Exception {
        Process process = java(arguments, DEMO, "0", directory.resolve("run.log")).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("ended; log in " + directory).isTrue();
        assertThat(process.exitValue()).as("exit code; log in " + directory).isZero();
    }

    /** {@code java} with the benchmark's heap and {@code arguments}, in the log's directory, with that environment. */
    private ProcessBuilder java(List<String> arguments, Map<String, String> environment, String port, Path log) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(log.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", port);
        return builder;
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("nastavnik-.*\\.jar")).findFirst().orElseThrow();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
