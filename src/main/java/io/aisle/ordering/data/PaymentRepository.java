package io.aisle.ordering.data;

import io.aisle.ordering.Payment;
import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payment ledger: one row per charge or refund, at most one of each kind per order (unique key). */
@Repository
public class PaymentRepository {

    private static final String SELECT = """
            SELECT id, order_id, kind, status, amount, currency, provider_reference, created_at, reason FROM payments
            """;

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An order placed by checkout whose ledger does not show exactly one matching successful charge. */
    public record Mismatch(long orderId, BigDecimal total, String paymentReference, int charges,
            BigDecimal charged, String chargeReference) {
    }

    /**
     * Adds a row; a second row of the same kind for the order fails with a duplicate key (and, while the
     * first is uncommitted, waits for it), which is what makes claiming a charge safe.
     */
    public void insert(long orderId, Payment.Kind kind, Payment.Status status, BigDecimal amount, String currency,
            String providerReference, Instant now, String requestKey, String reason) {
        jdbc.sql("""
                INSERT INTO payments (order_id, kind, status, amount, currency, provider_reference, created_at,
                                      request_key, reason)
                VALUES (:orderId, :kind, :status, :amount, :currency, :reference, :now, :requestKey, :reason)
                """)
                .param("requestKey", requestKey)
                .param("reason", reason)
                .param("orderId", orderId)
                .param("kind", kind.name())
                .param("status", status.name())
                .param("amount", amount)
                .param("currency", currency)
                .param("reference", providerReference)
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** The order's payments, oldest first. */
    public List<Payment> findByOrder(long orderId) {
        return jdbc.sql(SELECT + " WHERE order_id = :orderId ORDER BY id").param("orderId", orderId)
                .query(PaymentRepository::map).list();
    }

    /** The payments of these orders, of every kind and status. */
    public List<Payment> findByOrders(List<Long> orderIds) {
        return orderIds.isEmpty() ? List.of() : jdbc.sql(SELECT + " WHERE order_id IN (:ids) ORDER BY id")
                .param("ids", orderIds).query(PaymentRepository::map).list();
    }

    /**
     * Successful charges recorded from {@code from} to {@code to} for orders paid through {@code provider}, for
     * comparison with that provider's books (a shop that changed provider keeps the old one's charges).
     */
    public List<Payment> findSucceededCharges(Instant from, Instant to, String provider) {
        return jdbc.sql("""
                SELECT p.id, p.order_id, p.kind, p.status, p.amount, p.currency, p.provider_reference, p.created_at,
                       p.reason
                FROM payments p JOIN orders o ON o.id = p.order_id
                WHERE p.kind = 'CHARGE' AND p.status = 'SUCCEEDED' AND p.created_at >= :from AND p.created_at < :to
                  AND o.payment_provider = :provider
                ORDER BY p.id
                """)
                .param("from", SqlTime.utc(from))
                .param("to", SqlTime.utc(to))
                .param("provider", provider)
                .query(PaymentRepository::map).list();
    }

    /** Successful charges whose order does not exist: money taken for nothing. */
    public List<Payment> findSucceededChargesWithoutOrder() {
        return jdbc.sql("""
                SELECT p.id, p.order_id, p.kind, p.status, p.amount, p.currency, p.provider_reference, p.created_at,
                       p.reason
                FROM payments p LEFT JOIN orders o ON o.id = p.order_id
                WHERE p.kind = 'CHARGE' AND p.status = 'SUCCEEDED' AND o.id IS NULL
                ORDER BY p.id
                """)
                .query(PaymentRepository::map).list();
    }

    /**
     * Orders placed by checkout (they carry a payment reference; imported histories do not) from {@code from}
     * to {@code to} whose one successful charge is missing or differs in reference or amount.
     */
    public List<Mismatch> findPaidOrdersWithoutTheirCharge(Instant from, Instant to, String provider) {
        return jdbc.sql("""
                SELECT o.id, o.total, o.payment_reference, COUNT(p.id) AS charges, MAX(p.amount) AS charged,
                       MAX(p.provider_reference) AS charge_reference
                FROM orders o
                LEFT JOIN payments p ON p.order_id = o.id AND p.kind = 'CHARGE' AND p.status = 'SUCCEEDED'
                WHERE o.payment_reference IS NOT NULL AND o.created_at >= :from AND o.created_at < :to
                  AND o.payment_status NOT IN ('PENDING', 'AUTHORIZED', 'VOIDED') AND o.payment_provider = :provider
                GROUP BY o.id, o.total, o.payment_reference
                HAVING COUNT(p.id) <> 1 OR MAX(p.amount) <> o.total OR MAX(p.provider_reference) <> o.payment_reference
                ORDER BY o.id
                """)
                .param("from", SqlTime.utc(from))
                .param("to", SqlTime.utc(to))
                .param("provider", provider)
                .query((rs, row) -> new Mismatch(rs.getLong("id"), rs.getBigDecimal("total"),
                        rs.getString("payment_reference"), rs.getInt("charges"), rs.getBigDecimal("charged"),
                        rs.getString("charge_reference")))
                .list();
    }

    /** The order's payment made for this request key (a refund's idempotency key), if any. */
    public Optional<Payment> findByRequest(long orderId, String requestKey) {
        return jdbc.sql(SELECT + " WHERE order_id = :orderId AND request_key = :key")
                .param("orderId", orderId)
                .param("key", requestKey)
                .query(PaymentRepository::map).optional();
    }

    /** What of the order is refunded or being refunded (pending refunds count: their money is promised). */
    public BigDecimal refundedOrPending(long orderId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(amount), 0) FROM payments
                WHERE order_id = :orderId AND kind = 'REFUND' AND status IN ('PENDING', 'SUCCEEDED')
                """)
                .param("orderId", orderId).query(BigDecimal.class).single();
    }

    /** Marks a pending refund done with the provider's reference; false when it was not pending any more. */
    public boolean completeRefund(long id, String providerReference) {
        return jdbc.sql("""
                UPDATE payments SET status = 'SUCCEEDED', provider_reference = :reference
                WHERE id = :id AND status = 'PENDING'
                """)
                .param("id", id)
                .param("reference", providerReference)
                .update() == 1;
    }

    /**
     * Refunds of orders paid through {@code provider} decided before {@code before} that the provider has not
     * confirmed yet (a crash or an outage).
     */
    public List<Payment> findPendingRefunds(Instant before, String provider) {
        return jdbc.sql("""
                SELECT p.id, p.order_id, p.kind, p.status, p.amount, p.currency, p.provider_reference, p.created_at,
                       p.reason
                FROM payments p JOIN orders o ON o.id = p.order_id
                WHERE p.kind = 'REFUND' AND p.status = 'PENDING' AND p.created_at < :before
                  AND o.payment_provider = :provider
                ORDER BY p.id
                """)
                .param("before", SqlTime.utc(before))
                .param("provider", provider)
                .query(PaymentRepository::map).list();
    }

    /** The request key of a payment, for resuming it. */
    public String requestKeyOf(long id) {
        return jdbc.sql("SELECT request_key FROM payments WHERE id = :id").param("id", id).query(String.class)
                .single();
    }

    private static Payment map(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getLong("id"), rs.getLong("order_id"), Payment.Kind.valueOf(rs.getString("kind")),
                Payment.Status.valueOf(rs.getString("status")), rs.getBigDecimal("amount"), rs.getString("currency"),
                rs.getString("provider_reference"), SqlTime.instant(rs, "created_at"), rs.getString("reason"));
    }
}
