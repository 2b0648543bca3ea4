package ru.nastavnik.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import did: how many rows were saved, the rows refused with their problems (nothing of them saved),
 * and warnings that refused nothing (an unknown column).
 */
public record ImportReport(int imported, List<RowProblem> rejected, List<String> warnings) {

    private static final int SHOWN_ROWS = 10;

    public ImportReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    public boolean clean() {
        return rejected.isEmpty();
    }

    /** Every problem of every refused row, in row order: «Строка 7: не заполнено «ФИО».» */
    public List<String> problems() {
        return rejected.stream().flatMap(row -> row.problems().stream()).toList();
    }

    /**
     * The problems as the page shows them: a problem many rows share is said once, at its first row, with the count
     * and the first numbers of the others («… (ещё 999 строк с той же ошибкой: 4, 5, 6, …)»).
     */
    public List<String> getSummary() {
        Map<String, List<Integer>> rowsByProblem = new LinkedHashMap<>();
        for (RowProblem row : rejected) {
            for (String problem : row.problems()) {
                String text = problem.replaceFirst("^Строка \\d+: ", "");
                rowsByProblem.computeIfAbsent(text, key -> new ArrayList<>()).add(row.row());
            }
        }
        List<String> summary = new ArrayList<>();
        rowsByProblem.forEach((text, rows) -> {
            String first = "Строка " + rows.get(0) + ": " + text;
            if (rows.size() == 1) {
                summary.add(first);
            } else {
                List<Integer> others = rows.subList(1, rows.size());
                String numbers = others.stream().limit(SHOWN_ROWS).map(String::valueOf).collect(Collectors.joining(", "))
                        + (others.size() > SHOWN_ROWS ? ", …" : "");
                summary.add(first + " (ещё " + Plural.rows(others.size()) + " с той же ошибкой: " + numbers + ")");
            }
        });
        return summary;
    }
}
