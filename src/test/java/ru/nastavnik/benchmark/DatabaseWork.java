package ru.nastavnik.benchmark;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database did between two moments, from PostgreSQL's own statistics: commits and rows read and written, and the
 * tables read whole (sequential scans), which is where a missing index shows. Servers report a session's figures at
 * the latest 10 s after it goes idle, so {@link #since} waits that long before it reads.
 */
final class DatabaseWork {

    private static final String DATABASE = "select xact_commit, tup_returned, tup_fetched, tup_inserted, tup_updated, "
            + "tup_deleted from pg_stat_database where datname = ?";
    private static final String SCANS = "select relname, seq_scan, seq_tup_read from pg_stat_user_tables";

    private final JdbcTemplate server;
    private final String database;
    private final Map<String, Long> start;
    private final Map<String, long[]> startScans;

    private DatabaseWork(JdbcTemplate server, String database, Map<String, Long> start, Map<String, long[]> startScans) {
        this.server = server;
        this.database = database;
        this.start = start;
        this.startScans = startScans;
    }

    /** From now, for {@code database} on the server {@code server} is connected to (its tables: {@code server}'s own). */
    static DatabaseWork from(JdbcTemplate server, String database) {
        return new DatabaseWork(server, database, totals(server, database), scans(server));
    }

    /** Waits for the sessions to report, then: commits and rows per {@code items} since {@link #from}. */
    String perItem(int items, boolean waitForReports) {
        if (waitForReports) {
            // an idle session reports its statistics within 10 s: wait until the totals have stood still that long
            AtomicReference<Map<String, Long>> last = new AtomicReference<>();
            await("the sessions' statistics reported").during(Duration.ofSeconds(11)).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        Map<String, Long> now = totals(server, database);
                        return now.equals(last.getAndSet(now));
                    });
        }
        Map<String, Long> end = totals(server, database);
        return end.keySet().stream()
                .map(key -> key.replace("tup_", "rows ").replace("xact_commit", "commits") + " "
                        + Figures.number((end.get(key) - start.get(key)) / (double) items))
                .collect(Collectors.joining(", "));
    }

    /** The {@code limit} tables of {@code server}'s own database read whole most since {@link #from}, with the rows read. */
    String wholeTableReads(int limit) {
        Map<String, long[]> end = scans(server);
        return end.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - startScans.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - startScans.getOrDefault(e.getKey(), new long[2])[1]}))
                .filter(e -> e.getValue()[0] > 0)
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(limit)
                .map(e -> e.getKey() + " " + e.getValue()[0] + "× (" + e.getValue()[1] + " rows)")
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Long> totals(JdbcTemplate server, String database) {
        return server.query(DATABASE, rows -> {
            Map<String, Long> totals = new LinkedHashMap<>();
            if (rows.next()) {
                for (String column : List.of("xact_commit", "tup_returned", "tup_fetched", "tup_inserted", "tup_updated", "tup_deleted")) {
                    totals.put(column, rows.getLong(column));
                }
            }
            return totals;
        }, database);
    }

    private static Map<String, long[]> scans(JdbcTemplate server) {
        Map<String, long[]> scans = new LinkedHashMap<>();
        server.query(SCANS, row -> {
            scans.put(row.getString("relname"), new long[] {row.getLong("seq_scan"), row.getLong("seq_tup_read")});
        });
        return scans;
    }
}
