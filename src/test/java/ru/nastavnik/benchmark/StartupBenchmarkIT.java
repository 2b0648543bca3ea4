package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Scenario 5 (benchmark profile only, after the jar is packaged): seconds from {@code java -jar} with the demo profile
 * to {@code /actuator/health} answering UP, in a fresh working directory (a first start: schema, demo school), with the
 * heap the benchmark runs with ({@code -Dbenchmark.heap}).
 */
class StartupBenchmarkIT {

    @Test
    void thePackagedApplicationIsReadyWithinTwelveSeconds() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(file -> file.getFileName().toString().matches("nastavnik-.*\\.jar")).findFirst().orElseThrow();
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String heap = System.getProperty("benchmark.heap", "2g");
        Path home = Files.createTempDirectory("nastavnik-startup");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(new File(home.toFile(), "application.log"));
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("SPRING_PROFILES_ACTIVE", "demo");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        long start = System.nanoTime();
        Process application = builder.start();
        try {
            long ready = -1;
            while (ready < 0 && System.nanoTime() - start < Duration.ofMinutes(2).toNanos() && application.isAlive()) {
                try {
                    HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("UP")) {
                        ready = System.nanoTime() - start;
                    }
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(ready).as("ready; log in " + home).isPositive();
            double seconds = ready / 1e9;
            Figures.target("5 Footprint", "java -Xmx" + heap + " -jar, demo profile, first start to /actuator/health UP",
                    Figures.number(seconds) + " s", "≤ 12 s", seconds <= 12);
            Figures.print(new Scale("startup", 0, 0, 0, 0, 0, 0, 0, 0, 0));
        } finally {
            application.destroy();
            application.waitFor();
        }
    }
}
