package ru.nastavnik.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's orders. A draft has no number; signing gives it the next number of its school and year, dates it and
 * prints it again, in the caller's transaction (the engine's, inside the signing task's listener): the number, the
 * signature and the document commit or roll back together, and a returned draft never takes a number.
 */
@Service
public class Orders {

    private static final String COLUMNS = "id, school_name, school_year, number, order_date, kind, title, body, signer_name, "
            + "status, return_comment, process_instance_id, created_at, signed_at, signed_by";

    private final JdbcTemplate jdbc;
    private final OrderNumbers numbers;
    private final ObjectMapper json;
    private final Clock clock;

    Orders(JdbcTemplate jdbc, OrderNumbers numbers, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public IssuedOrder issue(String schoolId, OrderRequest request) {
        String id = UUID.randomUUID().toString();
        String title = request.kind().title();
        jdbc.update("insert into nst_order (id, school_id, school_name, school_year, order_date, kind, title, body, signer_name, "
                        + "status, document, request, process_instance_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, requireSchool(schoolId), request.schoolName(), request.schoolYear(), request.orderDate(), request.kind().name(), title,
                OrderDocument.plainText(request), request.signerName(), OrderStatus.DRAFT.name(),
                OrderDocument.render(request, null), write(request), request.processInstanceId(), Timestamp.from(clock.instant()));
        return new IssuedOrder(id, title);
    }

    /** The director signs a draft: it takes the next number of its school and year and today's date. Returns the number. */
    @Transactional
    public int sign(String schoolId, String orderId, String userId) {
        OrderRequest draft = jdbc.query("select request from nst_order where school_id = ? and id = ? and status = ? for update",
                (rs, row) -> read(rs.getString(1)), schoolId, orderId, OrderStatus.DRAFT.name()).stream().findFirst().orElse(null);
        if (draft == null) {
            requireDraftChanged(schoolId, orderId, 0);
        }
        OrderRequest signed = new OrderRequest(draft.kind(), draft.schoolName(), draft.schoolYear(), LocalDate.now(clock),
                draft.paragraphs(), draft.table(), draft.signerName(), draft.processInstanceId());
        int number = numbers.next(schoolId, signed.schoolName(), signed.schoolYear());
        jdbc.update("update nst_order set status = ?, number = ?, order_date = ?, document = ?, signed_at = ?, signed_by = ? "
                        + "where school_id = ? and id = ?",
                OrderStatus.SIGNED.name(), number, signed.orderDate(), OrderDocument.render(signed, number),
                Timestamp.from(clock.instant()), userId, schoolId, orderId);
        return number;
    }

    /** The director sends a draft back; the comment says what to correct. */
    @Transactional
    public void returnForRework(String schoolId, String orderId, String comment) {
        int changed = jdbc.update("update nst_order set status = ?, return_comment = ? where school_id = ? and id = ? and status = ?",
                OrderStatus.RETURNED.name(), comment, schoolId, orderId, OrderStatus.DRAFT.name());
        requireDraftChanged(schoolId, orderId, changed);
    }

    /** The school's order; another school's id is not found. */
    public Optional<OrderRecord> find(String schoolId, String id) {
        return jdbc.query("select " + COLUMNS + " from nst_order where school_id = ? and id = ?", Orders::record, schoolId, id)
                .stream().findFirst();
    }

    /** The school's orders, newest first. */
    public List<OrderRecord> list(String schoolId) {
        return jdbc.query("select " + COLUMNS + " from nst_order where school_id = ? order by created_at desc",
                Orders::record, schoolId);
    }

    /** The printable DOCX; throws {@link NoSuchElementException} for an id unknown in the school. */
    public byte[] document(String schoolId, String id) {
        return jdbc.query("select document from nst_order where school_id = ? and id = ?", (rs, row) -> rs.getBytes(1),
                        schoolId, id).stream()
                .findFirst().orElseThrow(() -> new NoSuchElementException("No order " + id));
    }

    private String write(OrderRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Order request could not be written as JSON", e);
        }
    }

    private OrderRequest read(String request) {
        try {
            return json.readValue(request, OrderRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored order request is not readable", e);
        }
    }

    private static String requireSchool(String schoolId) {
        if (schoolId == null || schoolId.isBlank()) {
            throw new IllegalArgumentException("An order belongs to a school: the school id is missing");
        }
        return schoolId;
    }

    private void requireDraftChanged(String schoolId, String orderId, int changed) {
        if (changed == 0) {
            OrderRecord order = find(schoolId, orderId).orElseThrow(() -> new NoSuchElementException("Приказ не найден: " + orderId));
            throw new IllegalStateException(order.fullTitle() + " уже не проект: " + order.status().title().toLowerCase() + ".");
        }
    }

    private static OrderRecord record(ResultSet rs, int row) throws SQLException {
        return new OrderRecord(rs.getString("id"), rs.getString("school_name"), rs.getString("school_year"),
                (Integer) rs.getObject("number"), rs.getObject("order_date", LocalDate.class),
                OrderKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
                rs.getString("signer_name"), OrderStatus.valueOf(rs.getString("status")), rs.getString("return_comment"),
                rs.getString("process_instance_id"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("signed_at")), rs.getString("signed_by"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
