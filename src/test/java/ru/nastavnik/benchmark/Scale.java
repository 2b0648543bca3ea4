package ru.nastavnik.benchmark;

/**
 * How big each scenario is (scenario 3: {@code openTasks} and {@code mentors} per school, in {@code schools} schools): the smoke's tiny numbers by default (every {@code mvn verify}), the full numbers of docs/benchmarks.md with
 * {@code -Dbenchmark.scale=full} (the benchmark profile); any one number can be overridden, e.g. {@code -Dbenchmark.pairs=50}.
 */
record Scale(String name, int warmUpPairs, int pairs, int stormPairs, int openTasks, int mentors, int schools, int listCalls,
             int importedMentees, int formedPairs) {

    static Scale current() {
        String name = System.getProperty("benchmark.scale", "smoke");
        Scale base = "full".equals(name)
                ? new Scale(name, 20, 200, 10_000, 200, 10, 500, 500, 10_000, 3_000)
                : new Scale(name, 0, 1, 10, 3, 2, 2, 5, 20, 5);
        return new Scale(name, number("warmUpPairs", base.warmUpPairs), number("pairs", base.pairs), number("stormPairs", base.stormPairs),
                number("openTasks", base.openTasks), number("mentors", base.mentors), number("schools", base.schools),
                number("listCalls", base.listCalls), number("importedMentees", base.importedMentees), number("formedPairs", base.formedPairs));
    }

    boolean full() {
        return "full".equals(name);
    }

    private static int number(String key, int fallback) {
        return Integer.getInteger("benchmark." + key, fallback);
    }
}
