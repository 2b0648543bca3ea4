package ru.nastavnik.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Checks every row of a bank file: a row with any problem is refused whole; the accepted rows are returned
 * for saving together. Addresses must be new to the bank and to the file.
 */
final class BankImport<T> {

    record Outcome<T>(List<T> accepted, List<RowProblem> rejected, List<String> warnings) {

        ImportReport report(int imported) {
            return new ImportReport(imported, rejected, warnings);
        }
    }

    interface RowReader<T> {
        T read(Cells cells);
    }

    private final List<Column> columns;
    private final RowReader<T> reader;
    private final BiFunction<T, Set<String>, List<String>> checks;
    private final Function<T, String> email;
    private final String alreadyInBank;

    /** @param alreadyInBank the message for a known address, with %s for the address */
    BankImport(List<Column> columns, RowReader<T> reader, BiFunction<T, Set<String>, List<String>> checks,
               Function<T, String> email, String alreadyInBank) {
        this.columns = columns;
        this.reader = reader;
        this.checks = checks;
        this.email = email;
        this.alreadyInBank = alreadyInBank;
    }

    Outcome<T> check(Table table, Set<String> emailsInBank) {
        List<String> warnings = new ArrayList<>();
        Map<Column, Integer> located = Column.locate(columns, table, warnings);
        List<T> accepted = new ArrayList<>();
        List<RowProblem> rejected = new ArrayList<>();
        Map<String, Integer> seenInFile = new HashMap<>();
        for (Table.Row row : table.rows()) {
            if (row.blank()) {
                continue;
            }
            Cells cells = new Cells(row, located);
            T entry = reader.read(cells);
            List<String> problems = new ArrayList<>(cells.problems);
            problems.addAll(checks.apply(entry, cells.unreadable));
            String address = BankChecks.normalizedEmail(email.apply(entry));
            if (address != null && !address.isEmpty()) {
                if (emailsInBank.contains(address)) {
                    problems.add(alreadyInBank.formatted(BankChecks.masked(address)));
                } else if (seenInFile.containsKey(address)) {
                    problems.add("адрес " + BankChecks.masked(address) + " уже встречается в строке " + seenInFile.get(address) + ".");
                } else {
                    seenInFile.put(address, row.number());
                }
            }
            if (problems.isEmpty()) {
                accepted.add(entry);
            } else {
                rejected.add(new RowProblem(row.number(),
                        problems.stream().map(problem -> "Строка " + row.number() + ": " + problem).toList()));
            }
        }
        return new Outcome<>(accepted, rejected, warnings);
    }
}
