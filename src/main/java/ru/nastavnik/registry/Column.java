package ru.nastavnik.registry;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ru.nastavnik.common.Refused;

/** A column of a bank file: its title as the template writes it, other titles schools use, whether it must be there. */
record Column(String title, boolean required, List<String> aliases) {

    static final int WARNED_COLUMNS = 5;

    static Column required(String title, String... aliases) {
        return new Column(title, true, List.of(aliases));
    }

    static Column optional(String title, String... aliases) {
        return new Column(title, false, List.of(aliases));
    }

    boolean matches(String headerCell) {
        String cell = normalized(headerCell);
        return normalized(title).equals(cell) || aliases.stream().anyMatch(alias -> normalized(alias).equals(cell));
    }

    /** Case, «ё», repeated spaces and a trailing colon or asterisk do not matter in a header. */
    static String normalized(String text) {
        return text.replace('\uFEFF', ' ').strip()
                .replaceAll("[:*]+$", "")
                .toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** A warning for each of the first few columns, then one with the count of the rest: a wide file does not flood the page. */
    private static void warn(List<String> titles, String one, String rest, List<String> warnings) {
        int shown = Math.min(titles.size(), WARNED_COLUMNS);
        for (int i = 0; i < shown; i++) {
            warnings.add(one.formatted(titles.get(i)));
        }
        if (titles.size() > shown) {
            warnings.add("Ещё " + Plural.columns(titles.size() - shown) + " " + rest + ".");
        }
    }

    /** Where each column is in the file; refuses the file when a required one is missing, warns about unknown ones. */
    static Map<Column, Integer> locate(List<Column> columns, Table table, List<String> warnings) {
        List<String> header = table.header();
        Map<Column, Integer> found = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i);
            if (cell.isBlank()) {
                continue;
            }
            Column column = columns.stream().filter(candidate -> candidate.matches(cell)).findFirst().orElse(null);
            if (column == null) {
                unknown.add(cell.strip());
            } else if (found.containsKey(column)) {
                repeated.add(cell.strip());
            } else {
                found.put(column, i);
            }
        }
        warn(unknown, "Столбец «%s» не распознан и пропущен.", "не распознаны и пропущены", warnings);
        warn(repeated, "Столбец «%s» повторяется: взят первый.", "повторяются: взяты первые", warnings);
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            if (column.required() && !found.containsKey(column)) {
                missing.add(table.where() + " нет обязательного столбца «" + column.title() + "».");
            }
        }
        if (!missing.isEmpty()) {
            throw new Refused(INVALID, missing);
        }
        return found;
    }
}
