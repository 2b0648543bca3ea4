package ru.nastavnik.modeling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.springframework.scheduling.support.CronExpression;

/**
 * Whether a timer's date, duration or cycle can be read: a literal must be ISO 8601 (or a cron line for a cycle) as
 * the engine reads it; an expression is the {@link ModelSandbox}'s to check.
 */
final class TimerExpressions {

    enum Kind { DATE, DURATION, CYCLE }

    private static final List<Function<String, ?>> DATE_FORMS = List.of(OffsetDateTime::parse, LocalDateTime::parse, LocalDate::parse);
    private static final DatatypeFactory XML_TYPES;

    static {
        try {
            XML_TYPES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why the engine could not use this text, in Russian; empty when it can. */
    Optional<String> problem(Kind kind, String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("срок пуст");
        }
        if (text.contains("${") || text.contains("#{")) {
            return Optional.empty(); // an expression: the sandbox checks it, in new and in stored models alike
        }
        boolean readable = switch (kind) {
            case DATE -> isDate(text.trim()) || isDuration(text.trim());
            case DURATION -> isDuration(text.trim());
            case CYCLE -> isCycle(text.trim());
        };
        return readable ? Optional.empty() : Optional.of("«" + text.trim() + "» не читается: " + expected(kind));
    }

    private static String expected(Kind kind) {
        return switch (kind) {
            case DATE -> "нужна дата ISO 8601, например 2025-09-15T09:00:00";
            case DURATION -> "нужна длительность ISO 8601, например P14D или PT2H";
            case CYCLE -> "нужен цикл ISO 8601, например R3/P1D, или строка cron, например 0 0 9 * * ?";
        };
    }

    private static boolean isDate(String text) {
        for (Function<String, ?> parser : DATE_FORMS) {
            try {
                parser.apply(text);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    private static boolean isDuration(String text) {
        try {
            XML_TYPES.newDuration(text);
            return text.startsWith("P");
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean isCycle(String text) {
        if (text.startsWith("R")) {
            String[] parts = text.split("/");
            if (parts.length < 2 || parts.length > 3 || !parts[0].matches("R\\d*")) {
                return false;
            }
            for (int i = 1; i < parts.length; i++) {
                if (!isDuration(parts[i]) && !isDate(parts[i])) {
                    return false;
                }
            }
            return true;
        }
        String[] fields = text.split("\\s+");
        if (fields.length != 6 && fields.length != 7) {
            return false;
        }
        try {
            // the engine's cron has an optional seventh field, the year; Spring's reads the other six alike
            CronExpression.parse(String.join(" ", Arrays.copyOf(fields, 6)));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
