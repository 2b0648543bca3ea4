package ru.nastavnik.district;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import ru.nastavnik.account.PersonEntry;
import ru.nastavnik.registry.Table;

/**
 * The rules of a school to add, the same for the form and for each row of a list: a full and a short name, a known
 * time zone, and a director given by both name and e-mail, or not at all. Names are unique in the district.
 */
final class SchoolRows {

    static final List<String> COLUMNS = List.of("Полное название", "Краткое название", "Часовой пояс", "Директор: ФИО", "Директор: email");

    private SchoolRows() {
    }

    /** The problems of one school, in Russian, each starting with where it is ({@code where} is «» for the form). */
    static List<String> problems(SchoolRow row, String where) {
        List<String> problems = new ArrayList<>();
        if (row.fullName().isBlank()) {
            problems.add(where + "не указано полное название школы.");
        } else if (row.fullName().length() > 500) {
            problems.add(where + "полное название длиннее 500 знаков.");
        }
        if (row.shortName().isBlank()) {
            problems.add(where + "не указано краткое название школы.");
        } else if (row.shortName().length() > 200) {
            problems.add(where + "краткое название длиннее 200 знаков.");
        }
        if (row.timeZone() == null) {
            problems.add(where + "неизвестный часовой пояс; укажите один из: " + RussianTimeZone.known() + ".");
        }
        boolean named = row.directorName() != null && !row.directorName().isBlank();
        List<String> address = row.hasDirector() ? PersonEntry.addressProblems(where, "директора", row.directorEmail()) : List.of();
        problems.addAll(address);
        if (address.isEmpty() && row.hasDirector() != named) {
            problems.add(where + "укажите и ФИО, и адрес электронной почты директора (или не указывайте директора).");
        }
        return problems;
    }

    /** The schools of a list, or every problem of it (row by row); names already in the district are problems too. */
    static Parsed parse(Table table, Set<String> namesInDistrict) {
        List<String> problems = new ArrayList<>();
        int[] at = COLUMNS.stream().mapToInt(column -> indexOf(table.header(), column)).toArray();
        for (int i = 0; i < 2; i++) {
            if (at[i] < 0) {
                problems.add(table.where() + " нет столбца «" + COLUMNS.get(i) + "». Скачайте шаблон списка школ.");
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        List<SchoolRow> rows = new ArrayList<>();
        Set<String> names = new HashSet<>(namesInDistrict);
        for (Table.Row line : table.rows()) {
            if (line.blank()) {
                continue;
            }
            String zone = cell(line, at[2]);
            SchoolRow row = new SchoolRow(line.number(), cell(line, at[0]), cell(line, at[1]),
                    RussianTimeZone.parse(zone).orElse(null), cell(line, at[3]), cell(line, at[4]));
            String where = "Строка " + line.number() + ": ";
            problems.addAll(problems(row, where));
            if (!row.fullName().isBlank() && !names.add(key(row.fullName()))) {
                problems.add(where + "школа «" + row.fullName() + "» уже есть в районе или выше в списке.");
            }
            rows.add(row);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(table.where() + " нет ни одной школы.");
        }
        return new Parsed(rows, problems);
    }

    /** A problem of the form (no «Строка N: » before it) as a sentence. */
    static String capitalised(String problem) {
        return problem.isEmpty() ? problem : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
    }

    static String key(String fullName) {
        return fullName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String cell(Table.Row row, int index) {
        return index < 0 ? "" : row.cell(index);
    }

    private static int indexOf(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null && header.get(i).strip().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    record Parsed(List<SchoolRow> rows, List<String> problems) {

        Optional<String> firstProblem() {
            return problems.stream().findFirst();
        }
    }
}
