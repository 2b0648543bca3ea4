package ru.nastavnik.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A column of a bank file: its title as the template writes it, other titles schools use, whether it must be there. */
record Column(String title, boolean required, List<String> aliases) {

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

    /** Where each column is in the file; refuses the file when a required one is missing, warns about unknown ones. */
    static Map<Column, Integer> locate(List<Column> columns, Table table, List<String> warnings) {
        List<String> header = table.header();
        Map<Column, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i);
            if (cell.isBlank()) {
                continue;
            }
            Column column = columns.stream().filter(candidate -> candidate.matches(cell)).findFirst().orElse(null);
            if (column == null) {
                warnings.add("Столбец «" + cell.strip() + "» не распознан и пропущен.");
            } else if (found.containsKey(column)) {
                warnings.add("Столбец «" + cell.strip() + "» повторяется: взят первый.");
            } else {
                found.put(column, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            if (column.required() && !found.containsKey(column)) {
                missing.add(table.where() + " нет обязательного столбца «" + column.title() + "».");
            }
        }
        if (!missing.isEmpty()) {
            throw new BankRuleException(missing);
        }
        return found;
    }
}
