package ru.nastavnik.registry;

import java.util.List;

/**
 * What an import did: how many rows were saved, the rows refused with their problems (nothing of them saved),
 * and warnings that refused nothing (an unknown column).
 */
public record ImportReport(int imported, List<RowProblem> rejected, List<String> warnings) {

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
}
