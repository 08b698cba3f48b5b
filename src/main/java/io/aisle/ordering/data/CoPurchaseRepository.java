package io.aisle.ordering.data;

import io.aisle.ordering.CoPurchase;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Order lines read across orders: item-to-item co-purchase counts and a customer's bought products. */
@Repository
public class CoPurchaseRepository {

    private final JdbcClient jdbc;

    CoPurchaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CoPurchase> alsoBought(long productId, int limit) {
        return jdbc.sql("""
                SELECT other.product_id, COUNT(DISTINCT other.order_id) AS orders
                FROM order_items mine
                JOIN orders o ON o.id = mine.order_id AND o.status NOT IN ('PENDING', 'CANCELLED')
                JOIN order_items other ON other.order_id = mine.order_id AND other.product_id <> mine.product_id
                WHERE mine.product_id = :productId
                GROUP BY other.product_id
                ORDER BY orders DESC, other.product_id
                LIMIT :limit
                """)
                .param("productId", productId)
                .param("limit", limit)
                .query((rs, row) -> new CoPurchase(rs.getLong("product_id"), rs.getLong("orders")))
                .list();
    }

    public List<Long> boughtBy(long userId, int limit) {
        return jdbc.sql("""
                SELECT i.product_id, MAX(o.created_at) AS last_bought
                FROM orders o JOIN order_items i ON i.order_id = o.id
                WHERE o.user_id = :userId AND o.status NOT IN ('PENDING', 'CANCELLED')
                GROUP BY i.product_id
                ORDER BY last_bought DESC, i.product_id
                LIMIT :limit
                """)
                .param("userId", userId)
                .param("limit", limit)
                .query((rs, row) -> rs.getLong("product_id"))
                .list();
    }
}
