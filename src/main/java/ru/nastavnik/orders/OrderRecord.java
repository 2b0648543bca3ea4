package ru.nastavnik.orders;

import java.time.Instant;
import java.time.LocalDate;

/** An order as stored, without its document (see {@link Orders#document(String)}); no number while it is a draft. */
public record OrderRecord(String id, String schoolName, String schoolYear, Integer number, LocalDate orderDate,
                          OrderKind kind, String title, String body, String signerName, OrderStatus status,
                          String returnComment, String processInstanceId, Instant createdAt, Instant signedAt,
                          String signedBy) {

    /** «Приказ № 5 от 01.09.2026 «О назначении куратора программы наставничества»». */
    public String fullTitle() {
        return OrderDates.fullTitle(number, orderDate, title);
    }
}
