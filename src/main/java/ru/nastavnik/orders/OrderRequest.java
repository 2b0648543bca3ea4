package ru.nastavnik.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an order says, before it has a number. The table may be null; the signer name is the director's full
 * name (Фамилия Имя Отчество) or null when the school has no director yet; the process instance may be null.
 */
public record OrderRequest(OrderKind kind, String schoolName, String schoolYear, LocalDate orderDate,
                           List<String> paragraphs, OrderTable table, String signerName, String processInstanceId) {

    public OrderRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderDate, "orderDate");
        if (schoolName == null || schoolName.isBlank()) {
            throw new IllegalArgumentException("An order needs the school's name");
        }
        if (schoolYear == null || !schoolYear.matches("\\d{4}/\\d{4}")) {
            throw new IllegalArgumentException("School year must look like 2026/2027, was " + schoolYear);
        }
        paragraphs = List.copyOf(paragraphs);
    }
}
