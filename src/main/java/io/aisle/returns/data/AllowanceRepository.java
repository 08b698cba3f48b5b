package io.aisle.returns.data;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What of each order line is left to return. A request first makes sure its order's rows exist (taking their
 * locks), then raises {@code claimed} with a guarded update, so two requests for the last unit cannot both win.
 */
@Repository
public class AllowanceRepository {

    private static final String SELECT =
            "SELECT variant_id, bought, claimed FROM return_allowances WHERE order_id = :orderId";

    private final JdbcClient jdbc;

    AllowanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the line's row if it is missing, and locks it either way (the no-op update of a duplicate takes the
     * row's lock): callers open an order's lines in variant order, so two requests never wait on each other crosswise.
     */
    public void open(long orderId, long productId, long variantId, int bought) {
        jdbc.sql("""
                INSERT INTO return_allowances (order_id, product_id, variant_id, bought, claimed)
                VALUES (:orderId, :productId, :variantId, :bought, 0)
                ON DUPLICATE KEY UPDATE bought = bought
                """)
                .param("orderId", orderId)
                .param("productId", productId)
                .param("variantId", variantId)
                .param("bought", bought)
                .update();
    }

    /** The order's lines as committed now (a locking read), in variant order. */
    public List<Allowance> lock(long orderId) {
        return jdbc.sql(SELECT + " ORDER BY variant_id FOR UPDATE").param("orderId", orderId)
                .query(Allowance.class).list();
    }

    /** The order's lines for display; none until the order's first return request. */
    public List<Allowance> find(long orderId) {
        return jdbc.sql(SELECT + " ORDER BY variant_id").param("orderId", orderId).query(Allowance.class).list();
    }

    /** Claims units of the line if that many are left; false (and nothing changed) otherwise. */
    public boolean claim(long orderId, long variantId, int quantity) {
        return jdbc.sql("""
                UPDATE return_allowances SET claimed = claimed + :quantity
                WHERE order_id = :orderId AND variant_id = :variantId AND claimed + :quantity <= bought
                """)
                .param("orderId", orderId)
                .param("variantId", variantId)
                .param("quantity", quantity)
                .update() == 1;
    }

    /** Gives units back to the line (a rejected return), never below zero. */
    public void release(long orderId, long variantId, int quantity) {
        jdbc.sql("""
                UPDATE return_allowances SET claimed = GREATEST(claimed - :quantity, 0)
                WHERE order_id = :orderId AND variant_id = :variantId
                """)
                .param("orderId", orderId)
                .param("variantId", variantId)
                .param("quantity", quantity)
                .update();
    }
}
