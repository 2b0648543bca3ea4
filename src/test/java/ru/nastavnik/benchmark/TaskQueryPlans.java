package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The plans of a curator's list: the SQL the engine runs for the filter (MyBatis's debug log of Camunda's Task mapper,
 * caught during one call), with its real parameters, under {@code EXPLAIN (ANALYZE, BUFFERS)} on PostgreSQL. At full
 * scale no sequential scan of act_ru_task, act_ru_authorization or our tables is allowed.
 */
final class TaskQueryPlans {

    private static final String MAPPER = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
    private static final Pattern PARAMETER = Pattern.compile("(null|.*?\\((\\w+)\\))(?:, |$)");
    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (act_ru_task|act_ru_authorization|nst_\\w+)");

    private TaskQueryPlans() {
    }

    static void print(JdbcTemplate jdbc, SchoolTaskLists lists, boolean strict) throws Exception {
        SchoolTaskLists.Person curator = lists.curators.get(lists.curators.size() / 2);
        String filterId = lists.filterOf(curator, "Задачи куратора");
        List<String> statements = capture(() -> lists.list(curator, filterId, 0));
        assertThat(statements).as("the statements of the filter's list").isNotEmpty();
        for (String statement : statements) {
            List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + statement, String.class);
            System.out.println("\n=== Plan of a curator's list (" + curator.school().id() + ") ===\n" + statement + "\n"
                    + String.join("\n", plan));
            if (strict) {
                assertThat(plan).as("no sequential scan of a big table").noneMatch(line -> SEQ_SCAN.matcher(line).find());
            }
        }
    }

    interface Call {
        void run() throws Exception;
    }

    /** The statements (parameters filled in) that the engine's Task mapper ran during {@code call}. */
    static List<String> capture(Call call) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(MAPPER);
        Level level = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            call.run();
        } finally {
            logger.setLevel(level);
            logger.detachAppender(appender);
        }
        List<String> statements = new ArrayList<>();
        String sql = null;
        for (ILoggingEvent event : appender.list) {
            String message = event.getFormattedMessage();
            if (message.contains("Preparing: ")) {
                sql = message.substring(message.indexOf("Preparing: ") + 11);
            } else if (message.contains("Parameters: ") && sql != null) {
                statements.add(filled(sql, message.substring(message.indexOf("Parameters: ") + 12)));
                sql = null;
            }
        }
        return statements;
    }

    private static String filled(String sql, String parameters) {
        List<String> literals = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(parameters.strip());
        while (parameter.find() && !parameter.group(1).isEmpty()) {
            String text = parameter.group(1);
            if (text.equals("null")) {
                literals.add("null");
            } else {
                String value = text.substring(0, text.length() - parameter.group(2).length() - 2);
                literals.add(switch (parameter.group(2)) {
                    case "Integer", "Long", "Boolean" -> value;
                    default -> "'" + value.replace("'", "''") + "'";
                });
            }
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            out.append(c == '?' && next < literals.size() ? literals.get(next++) : String.valueOf(c));
        }
        return out.toString();
    }
}
