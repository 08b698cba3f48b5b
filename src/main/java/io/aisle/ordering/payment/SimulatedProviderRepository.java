package io.aisle.ordering.payment;

import com.zaxxer.hikari.HikariDataSource;
import io.aisle.ordering.PaymentGateway.Charge;
import io.aisle.ordering.PaymentGateway.Refund;
import io.aisle.ordering.PaymentGateway.ProviderCharge;
import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulated provider's own books. A real provider is another system: what it records survives the
 * shop's rollbacks and crashes. So these rows are written through a small connection pool of their own,
 * each statement committed at once, never inside the shop's transaction, and a checkout holding one of
 * the shop's connections never waits for a second one from the shop's pool. Each statement runs in a transaction
 * of its own on that pool ({@link #own}): a plain call inside a checkout would have Spring bind the provider's
 * connection to the checkout's transaction and keep it until the checkout commits, so the provider's few
 * connections would queue every checkout behind the slowest commit.
 */
@Repository
class SimulatedProviderRepository implements DisposableBean {

    private static final String SELECT = """
            SELECT order_id, reference, amount, currency, created_at, refund_reference FROM simulated_provider_charges
            """;

    private final HikariDataSource connections;
    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    SimulatedProviderRepository(DataSourceProperties database) {
        this.connections = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        connections.setPoolName("simulated-payment-provider");
        connections.setMaximumPoolSize(8);
        connections.setMinimumIdle(0);
        // every statement runs in a transaction of its own (own): starting with auto-commit off spares the
        // transaction manager two round trips a statement to switch it off and on again
        connections.setAutoCommit(false);
        this.jdbc = JdbcClient.create(connections);
        this.own = new TransactionTemplate(new JdbcTransactionManager(connections));
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records the charge unless the order already has one (the idempotency key), and answers the charge the
     * order has: this one, or the one recorded first. One transaction, committed before this returns.
     */
    ProviderCharge chargeOnce(Charge charge, String reference, Instant now) {
        return own.execute(status -> {
            insert(charge, reference, now);
            return find(charge.orderId()).orElseThrow();
        });
    }

    /** Records the charge unless the order already has one (the idempotency key); true when it was new. */
    private boolean insert(Charge charge, String reference, Instant now) {
        return jdbc.sql("""
                INSERT INTO simulated_provider_charges (order_id, reference, user_id, amount, currency, created_at)
                VALUES (:orderId, :reference, :userId, :amount, :currency, :now)
                ON DUPLICATE KEY UPDATE order_id = order_id
                """)
                .param("orderId", charge.orderId())
                .param("reference", reference)
                .param("userId", charge.userId())
                .param("amount", charge.amount())
                .param("currency", charge.currency())
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    Optional<ProviderCharge> findByOrder(long orderId) {
        return own.execute(status -> find(orderId));
    }

    private Optional<ProviderCharge> find(long orderId) {
        return jdbc.sql(SELECT + " WHERE order_id = :orderId").param("orderId", orderId)
                .query(SimulatedProviderRepository::map).optional();
    }

    List<ProviderCharge> findBetween(Instant from, Instant to) {
        return own.execute(status -> jdbc.sql(SELECT
                        + " WHERE created_at >= :from AND created_at < :to ORDER BY created_at, order_id")
                .param("from", SqlTime.utc(from))
                .param("to", SqlTime.utc(to))
                .query(SimulatedProviderRepository::map).list());
    }

    /** Marks the charge refunded unless it already is; the first refund's reference stays. */
    void markRefunded(long orderId, String refundReference, Instant now) {
        own.executeWithoutResult(status -> jdbc.sql("""
                UPDATE simulated_provider_charges SET refund_reference = :refund, refunded_at = :now
                WHERE order_id = :orderId AND refund_reference IS NULL
                """)
                .param("orderId", orderId)
                .param("refund", refundReference)
                .param("now", SqlTime.utc(now))
                .update());
    }

    /**
     * Records the refund unless one with its idempotency key exists, and answers how much of the order's charge
     * is refunded now, this refund included. One transaction, committed before this returns.
     */
    BigDecimal refundOnce(Refund refund, String reference, Instant now) {
        return own.execute(status -> {
            jdbc.sql("""
                    INSERT INTO simulated_provider_refunds (reference, order_id, request_key, amount, created_at)
                    VALUES (:reference, :orderId, :key, :amount, :now)
                    ON DUPLICATE KEY UPDATE reference = reference
                    """)
                    .param("reference", reference)
                    .param("orderId", refund.orderId())
                    .param("key", refund.idempotencyKey())
                    .param("amount", refund.amount())
                    .param("now", SqlTime.utc(now))
                    .update();
            return refundedOf(refund.orderId());
        });
    }

    private BigDecimal refundedOf(long orderId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM simulated_provider_refunds WHERE order_id = :orderId")
                .param("orderId", orderId).query(BigDecimal.class).single();
    }

    /** The reference of the refund made with this idempotency key. */
    String firstRefundReference(String requestKey) {
        return own.execute(status -> jdbc.sql("SELECT reference FROM simulated_provider_refunds WHERE request_key = :key")
                .param("key", requestKey).query(String.class).single());
    }

    private static ProviderCharge map(ResultSet rs, int row) throws SQLException {
        return new ProviderCharge(rs.getLong("order_id"), rs.getString("reference"), rs.getBigDecimal("amount"),
                rs.getString("currency"), SqlTime.instant(rs, "created_at"), rs.getString("refund_reference"));
    }

    @Override
    public void destroy() {
        connections.close();
    }
}
