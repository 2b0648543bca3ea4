package ru.nastavnik.registry;

import java.util.List;

/** A spreadsheet as read from a file: the header cells and the data rows, numbered as the spreadsheet shows them. */
public record Table(List<String> header, List<Row> rows, String where) {

    static final int MAX_ROWS = 20_000;

    Table(List<String> header, List<Row> rows) {
        this(header, rows, "В файле");
    }

    /** Where the table came from, as a message starts: «В файле», «Во вставленном тексте». */
    Table from(String source) {
        return new Table(header, rows, source);
    }

    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }
}
