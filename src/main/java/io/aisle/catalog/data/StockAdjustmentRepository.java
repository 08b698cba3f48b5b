package io.aisle.catalog.data;

import io.aisle.platform.SqlTime;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail of manual stock changes: who moved how much, why, and what it left. */
@Repository
public class StockAdjustmentRepository {

    private final JdbcClient jdbc;

    StockAdjustmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long productId, long variantId, int delta, String reason, Long actorId, Instant now) {
        jdbc.sql("""
                INSERT INTO stock_adjustments (product_id, variant_id, delta, stock_after, reason, actor_id, created_at)
                SELECT product_id, id, :delta, stock, :reason, :actorId, :now FROM product_variants WHERE id = :variantId
                """)
                .param("variantId", variantId)
                .param("delta", delta)
                .param("reason", reason)
                .param("actorId", actorId)
                .param("now", SqlTime.utc(now))
                .update();
    }
}
