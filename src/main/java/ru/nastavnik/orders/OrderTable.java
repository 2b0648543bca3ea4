package ru.nastavnik.orders;

import java.util.List;

/** A table printed in an order's body, such as the list of pairs: a header row and the rows under it. */
public record OrderTable(List<String> headers, List<List<String>> rows) {

    public OrderTable {
        int columns = headers.size();
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> {
            if (row.size() != columns) {
                throw new IllegalArgumentException("Row " + row + " does not have " + columns + " cells");
            }
            return List.copyOf(row);
        }).toList();
    }
}
