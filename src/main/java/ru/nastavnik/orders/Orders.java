package ru.nastavnik.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's orders. Issuing joins the caller's transaction (the engine's, inside a delegate): the number,
 * the order and its document commit or roll back together.
 */
@Service
public class Orders {

    private static final String COLUMNS = "id, school_name, school_year, number, order_date, kind, title, body, signer_name, "
            + "status, return_comment, process_instance_id, created_at, signed_at, signed_by";

    private final JdbcTemplate jdbc;
    private final OrderNumbers numbers;
    private final Clock clock;

    Orders(JdbcTemplate jdbc, OrderNumbers numbers, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Transactional
    public IssuedOrder issue(OrderRequest request) {
        String id = UUID.randomUUID().toString();
        String title = request.kind().title();
        int number = numbers.next(request.schoolName(), request.schoolYear());
        byte[] document = OrderDocument.render(request, number);
        jdbc.update("insert into nst_order (id, school_name, school_year, number, order_date, kind, title, body, signer_name, "
                        + "status, document, process_instance_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, request.schoolName(), request.schoolYear(), number, request.orderDate(), request.kind().name(), title,
                OrderDocument.plainText(request), request.signerName(), OrderStatus.DRAFT.name(), document,
                request.processInstanceId(), Timestamp.from(clock.instant()));
        return new IssuedOrder(id, number, title);
    }

    /** The director signs a draft. */
    @Transactional
    public void sign(String orderId, String userId) {
        int changed = jdbc.update("update nst_order set status = ?, signed_at = ?, signed_by = ? where id = ? and status = ?",
                OrderStatus.SIGNED.name(), Timestamp.from(clock.instant()), userId, orderId, OrderStatus.DRAFT.name());
        requireDraftChanged(orderId, changed);
    }

    /** The director sends a draft back; the comment says what to correct. */
    @Transactional
    public void returnForRework(String orderId, String comment) {
        int changed = jdbc.update("update nst_order set status = ?, return_comment = ? where id = ? and status = ?",
                OrderStatus.RETURNED.name(), comment, orderId, OrderStatus.DRAFT.name());
        requireDraftChanged(orderId, changed);
    }

    public Optional<OrderRecord> find(String id) {
        return jdbc.query("select " + COLUMNS + " from nst_order where id = ?", Orders::record, id).stream().findFirst();
    }

    /** Newest first. */
    public List<OrderRecord> list() {
        return jdbc.query("select " + COLUMNS + " from nst_order order by order_date desc, created_at desc, number desc",
                Orders::record);
    }

    /** The printable DOCX; throws {@link NoSuchElementException} for an unknown id. */
    public byte[] document(String id) {
        return jdbc.query("select document from nst_order where id = ?", (rs, row) -> rs.getBytes(1), id).stream()
                .findFirst().orElseThrow(() -> new NoSuchElementException("No order " + id));
    }

    private void requireDraftChanged(String orderId, int changed) {
        if (changed == 0) {
            OrderRecord order = find(orderId).orElseThrow(() -> new NoSuchElementException("Приказ не найден: " + orderId));
            throw new IllegalStateException(order.fullTitle() + " уже не проект: " + order.status().title().toLowerCase() + ".");
        }
    }

    private static OrderRecord record(ResultSet rs, int row) throws SQLException {
        return new OrderRecord(rs.getString("id"), rs.getString("school_name"), rs.getString("school_year"),
                rs.getInt("number"), rs.getObject("order_date", java.time.LocalDate.class),
                OrderKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
                rs.getString("signer_name"), OrderStatus.valueOf(rs.getString("status")), rs.getString("return_comment"),
                rs.getString("process_instance_id"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("signed_at")), rs.getString("signed_by"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
