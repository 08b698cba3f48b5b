package io.aisle.returns.data;

import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import io.aisle.returns.Return;
import io.aisle.returns.ReturnStatus;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The returns, without their lines ({@link ReturnLineRepository}). */
@Repository
public class ReturnRepository {

    private static final String SELECT = """
            SELECT id, order_id, user_id, email, status, reason, reason_text, customer_note, admin_note, restock,
                   shipping_refund, refund_amount, refund_reference, created_at, approved_at, received_at,
                   refunded_at, rejected_at
            FROM returns
            """;

    private final JdbcClient jdbc;

    ReturnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewReturn row) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO returns (order_id, user_id, email, status, reason, reason_text, customer_note,
                                     shipping_refund, idempotency_key, created_at)
                VALUES (:orderId, :userId, :email, 'REQUESTED', :reason, :reasonText, :note, :shippingRefund,
                        :idempotencyKey, :now)
                """)
                .param("orderId", row.orderId())
                .param("userId", row.userId())
                .param("email", row.email())
                .param("reason", row.reason().name())
                .param("reasonText", row.reasonText())
                .param("note", row.note())
                .param("shippingRefund", row.shippingRefund())
                .param("idempotencyKey", row.idempotencyKey())
                .param("now", SqlTime.utc(row.createdAt()))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Return> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ReturnRows::map).optional();
    }

    /** The customer's own return: another customer's is not found, like a missing one. */
    public Optional<Return> findByIdAndUser(long id, long userId) {
        return jdbc.sql(SELECT + " WHERE id = :id AND user_id = :userId")
                .param("id", id)
                .param("userId", userId)
                .query(ReturnRows::map)
                .optional();
    }

    /**
     * The order's return made with this idempotency key. With {@code lock}, a locking read: it sees a return another
     * request committed while this transaction waited for the order's lock; without, this transaction's snapshot.
     */
    public Optional<Return> findByKey(long orderId, String idempotencyKey, boolean lock) {
        return jdbc.sql(SELECT + " WHERE order_id = :orderId AND idempotency_key = :key" + (lock ? " FOR UPDATE" : ""))
                .param("orderId", orderId)
                .param("key", idempotencyKey)
                .query(ReturnRows::map)
                .optional();
    }

    /** The order's returns, oldest first. */
    public List<Return> findByOrder(long orderId) {
        return jdbc.sql(SELECT + " WHERE order_id = :orderId ORDER BY id")
                .param("orderId", orderId)
                .query(ReturnRows::map)
                .list();
    }

    /** Returns in this status (all when null), newest first. */
    public List<Return> findAll(ReturnStatus status, PageQuery page) {
        return jdbc.sql(SELECT + """
                 WHERE (:status IS NULL OR status = :status)
                ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("status", status == null ? null : status.name())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(ReturnRows::map)
                .list();
    }

    public long count(ReturnStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM returns WHERE (:status IS NULL OR status = :status)")
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    /**
     * Moves the return on if it is still in one of {@code from}: the guard that lets one of two simultaneous
     * clicks through. Stamps the status's time and keeps what the step recorded (note, restock, refund amount).
     */
    public boolean advance(long id, Collection<ReturnStatus> from, Step step) {
        return jdbc.sql("""
                UPDATE returns
                SET status = :to,
                    approved_at = CASE WHEN :to = 'APPROVED' THEN :now ELSE approved_at END,
                    rejected_at = CASE WHEN :to = 'REJECTED' THEN :now ELSE rejected_at END,
                    received_at = CASE WHEN :to = 'RECEIVED' THEN :now ELSE received_at END,
                    refunded_at = CASE WHEN :to = 'REFUNDED' THEN :now ELSE refunded_at END,
                    admin_note = COALESCE(:note, admin_note),
                    restock = COALESCE(:restock, restock),
                    refund_amount = COALESCE(:refundAmount, refund_amount)
                WHERE id = :id AND status IN (:from)
                """)
                .param("id", id)
                .param("from", from.stream().map(ReturnStatus::name).toList())
                .param("to", step.to().name())
                .param("now", SqlTime.utc(step.at()))
                .param("note", step.note())
                .param("restock", step.restock())
                .param("refundAmount", step.refundAmount())
                .update() == 1;
    }

    /** The customer's returns still waiting for the shop: requested, approved or received, not refunded yet. */
    public List<Long> findOpenByUser(long userId) {
        return jdbc.sql("""
                SELECT id FROM returns
                WHERE user_id = :userId AND status IN ('REQUESTED', 'APPROVED', 'RECEIVED')
                ORDER BY id
                """)
                .param("userId", userId)
                .query(Long.class)
                .list();
    }

    /** A deleted account's returns keep their lines and money for the books, without the customer's words. */
    public void erasePersonalData(long userId) {
        jdbc.sql("""
                UPDATE returns SET email = NULL, reason_text = NULL, customer_note = NULL
                WHERE user_id = :userId
                """)
                .param("userId", userId)
                .update();
    }

    /** What the provider refunded and its reference (a retry's refund is the first one's, whatever it asked). */
    public void recordRefund(long id, BigDecimal amount, String reference) {
        jdbc.sql("UPDATE returns SET refund_amount = :amount, refund_reference = :reference WHERE id = :id")
                .param("id", id)
                .param("amount", amount)
                .param("reference", reference)
                .update();
    }
}
