package ru.nastavnik.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table the benchmark prints (and keeps in target/benchmark/figures.md): one row per figure, with its target. */
final class Figures {

    record Row(String scenario, String figure, String value, String target, String verdict) { }

    private static final List<Row> ROWS = new ArrayList<>();

    private Figures() {
    }

    static synchronized void add(String scenario, String figure, String value) {
        ROWS.add(new Row(scenario, figure, value, "", ""));
    }

    static synchronized void target(String scenario, String figure, String value, String target, boolean met) {
        ROWS.add(new Row(scenario, figure, value, target, met ? "met" : "NOT met"));
    }

    static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }

    static String seconds(long nanos) {
        return number(nanos / 1e9) + " s";
    }

    static String millis(double nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static synchronized String table(Scale scale) {
        StringBuilder table = new StringBuilder("Scale: " + scale + "\n\n| Scenario | Figure | Value | Target | |\n| --- | --- | --- | --- | --- |\n");
        ROWS.forEach(row -> table.append("| ").append(String.join(" | ", row.scenario(), row.figure(), row.value(), row.target(),
                row.verdict())).append(" |\n"));
        return table.toString();
    }

    static synchronized void print(Scale scale) {
        String table = table(scale);
        System.out.println("\n=== Nastavnik region benchmark ===\n" + table);
        try {
            Path file = Path.of("target", "benchmark", "figures-" + scale.name() + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
