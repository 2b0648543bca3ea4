package ru.nastavnik.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import ru.nastavnik.support.ProductionLikeEnvironment;
import ru.nastavnik.support.TestDatabase;

/**
 * The database of a school that ran release 63e7c98 (the last before schools), as that release left it after the first
 * weeks of a year (tools/release-63e7c98: its own drivers played the year, pg_dump kept it): restored into a fresh
 * database before the application starts on it, as an operator starts the new release on the old database. What it
 * held before the start is kept in {@link #before} for the test to compare.
 */
public final class PreviousReleaseDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final Path DUMP = Path.of("src/test/resources/migration/release-63e7c98/database.sql.gz");

    /** What the database held before the new release first started on it. */
    record Before(Map<String, Long> rows, List<Map<String, Object>> executions, List<Map<String, Object>> tasks,
                  List<Map<String, Object>> jobs) { }

    private static Before before;

    static Before before() {
        return before;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Coordinates database = TestDatabase.newDatabase();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            restore(connection);
            before = read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not restore the previous release's database", e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("previousReleaseDatabase",
                ProductionLikeEnvironment.variables(database)));
    }

    /** The dump's SQL; psql's own commands (\restrict of pg_dump 15.14 and later) are not SQL and are left out. */
    private static void restore(Connection connection) throws SQLException {
        String script;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(DUMP)),
                StandardCharsets.UTF_8))) {
            script = lines.lines().filter(line -> !line.startsWith("\\")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DUMP, e);
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute(script);
            sql.execute("select pg_catalog.set_config('search_path', 'public', false)");
        }
    }

    private static Before read(Connection connection) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map<String, Object> table : query(connection,
                "select table_name from information_schema.tables where table_schema = 'public' and table_name like 'nst\\_%' order by 1")) {
            String name = (String) table.get("table_name");
            rows.put(name, (Long) query(connection, "select count(*) as n from public." + name).get(0).get("n"));
        }
        return new Before(rows,
                query(connection, "select id_, proc_inst_id_, act_id_, business_key_ from public.act_ru_execution order by id_"),
                query(connection, "select id_, proc_inst_id_, task_def_key_, assignee_, due_date_ from public.act_ru_task order by id_"),
                query(connection, "select id_, process_instance_id_, duedate_, handler_type_ from public.act_ru_job "
                        + "where process_instance_id_ is not null order by id_"));
    }

    static List<Map<String, Object>> query(Connection connection, String query) throws SQLException {
        List<Map<String, Object>> result = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i), rows.getObject(i));
                }
                result.add(row);
            }
        }
        return result;
    }
}
