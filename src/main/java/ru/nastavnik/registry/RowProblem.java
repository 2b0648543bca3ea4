package ru.nastavnik.registry;

import java.util.List;

/** A refused row: its number as the spreadsheet shows it (the header is row 1) and its problems, each a whole Russian sentence. */
public record RowProblem(int row, List<String> problems) {

    public RowProblem {
        problems = List.copyOf(problems);
    }
}
