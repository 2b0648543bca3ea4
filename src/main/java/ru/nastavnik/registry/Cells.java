package ru.nastavnik.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reading the cells of one row by column; a value that cannot be read becomes a problem and null. */
final class Cells {

    static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Strict: 31.02 is no date (the default resolver would read it as 28.02). */
    private static final DateTimeFormatter RUSSIAN_DATE_SHORT = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final Table.Row row;
    private final Map<Column, Integer> columns;
    final List<String> problems = new ArrayList<>();
    /** Columns whose value was there but unreadable: their «not filled» check is already said. */
    final Set<String> unreadable = new HashSet<>();

    Cells(Table.Row row, Map<Column, Integer> columns) {
        this.row = row;
        this.columns = columns;
    }

    String text(Column column) {
        Integer index = columns.get(column);
        String value = index == null ? "" : row.cell(index);
        return value.isEmpty() ? null : value;
    }

    Integer integer(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.').replace(" ", "")).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            unreadable.add(column.title());
            problems.add("«" + column.title() + "» «" + text + "» — не целое число.");
            return null;
        }
    }

    LocalDate date(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = parseDate(text);
        if (date.isEmpty()) {
            unreadable.add(column.title());
            problems.add("«" + column.title() + "» «" + text + "» — не дата (нужно ДД.ММ.ГГГГ).");
        }
        return date.orElse(null);
    }

    /** Tags as schools write them: «#ИКТ, #наставник; проекты #олимпиады»; the same tag twice is kept once. */
    List<String> tags(Column column) {
        String text = text(column);
        Map<String, String> tags = new LinkedHashMap<>();
        if (text != null) {
            for (String part : text.split("[,;\\n]|\\s+(?=#)")) {
                String tag = part.strip().replaceFirst("^#+", "").strip();
                if (!tag.isEmpty()) {
                    tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
                }
            }
        }
        return List.copyOf(tags.values());
    }

    static Optional<LocalDate> parseDate(String text) {
        String date = text.strip();
        int space = date.indexOf(' ');
        if (space > 0) {
            date = date.substring(0, space);
        }
        for (DateTimeFormatter format : List.of(RUSSIAN_DATE_SHORT, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(date, format));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }
}
