package ru.nastavnik.registry;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.util.ArrayList;
import java.util.List;

import ru.nastavnik.common.Refused;

/**
 * CSV as Excel writes it (RFC 4180): the delimiter is «;», «,» or a tab, whichever the header row uses most;
 * quoted fields may hold delimiters, doubled quotes and line breaks. Too many filled columns or too long a field
 * refuse the file as soon as they are met; reading stops past twice the row limit.
 */
final class CsvText {

    private CsvText() {
    }

    static Table parse(String text) {
        char delimiter = delimiterOf(text);
        List<List<String>> records = records(text, delimiter);
        int header = 0;
        while (header < records.size() && records.get(header).stream().allMatch(String::isBlank)) {
            header++;
        }
        if (header == records.size()) {
            throw new Refused(INVALID, Tables.EMPTY);
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int i = header + 1; i < records.size(); i++) {
            rows.add(new Table.Row(i + 1, records.get(i)));
        }
        return new Table(records.get(header), rows);
    }

    static char delimiterOf(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs >= semicolons && tabs >= commas && tabs > 0) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    /** Empty fields past the column limit are dropped (Excel writes them for formatted cells); a filled one refuses the file. */
    private static void add(List<String> record, StringBuilder field, int row) {
        if (record.size() < Tables.MAX_COLUMNS) {
            record.add(field.toString());
        } else if (!field.toString().isBlank()) {
            throw new Refused(INVALID, Tables.tooManyColumns(row));
        }
    }

    private static List<List<String>> records(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean recordStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                recordStarted = true;
            } else if (c == delimiter) {
                add(record, field, records.size() + 1);
                field.setLength(0);
                recordStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (recordStarted || !field.isEmpty()) {
                    add(record, field, records.size() + 1);
                    records.add(record);
                } else {
                    records.add(List.of());
                }
                record = new ArrayList<>();
                field.setLength(0);
                recordStarted = false;
                if (records.size() > Table.MAX_ROWS * 2) {
                    // enough for the row limit to refuse the file: the rest need not be read
                    return records;
                }
            } else {
                field.append(c);
                recordStarted = true;
            }
            if (field.length() > Tables.MAX_CELL_CHARS) {
                throw new Refused(INVALID, Tables.cellTooLong(records.size() + 1));
            }
        }
        if (recordStarted || !field.isEmpty()) {
            add(record, field, records.size() + 1);
            records.add(record);
        }
        while (!records.isEmpty() && records.get(records.size() - 1).isEmpty()) {
            records.remove(records.size() - 1);
        }
        return records;
    }
}
