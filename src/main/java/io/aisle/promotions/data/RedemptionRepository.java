package io.aisle.promotions.data;

import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import io.aisle.promotions.Redemption;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What orders got from promotions: one row per promotion and order (unique). */
@Repository
public class RedemptionRepository {

    private final JdbcClient jdbc;

    RedemptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the order's use; a second one for the same promotion and order fails with a duplicate key. */
    public void insert(long promotionId, long orderId, String email, BigDecimal amount, Instant now) {
        jdbc.sql("""
                INSERT INTO promotion_redemptions (promotion_id, order_id, customer_email, amount, redeemed_at)
                VALUES (:promotionId, :orderId, :email, :amount, :now)
                """)
                .param("promotionId", promotionId).param("orderId", orderId).param("email", email)
                .param("amount", amount).param("now", SqlTime.utc(now))
                .update();
    }

    /** The promotions an order redeemed and the e-mail it counted for, by promotion id (the order locks are taken in). */
    public List<Map.Entry<Long, String>> findByOrder(long orderId) {
        return jdbc.sql("""
                SELECT promotion_id, customer_email FROM promotion_redemptions WHERE order_id = :orderId
                ORDER BY promotion_id
                """)
                .param("orderId", orderId)
                .query((rs, n) -> Map.entry(rs.getLong("promotion_id"),
                        rs.getString("customer_email") == null ? "" : rs.getString("customer_email")))
                .list();
    }

    /** Removes the order's redemption of the promotion; true when there was one (so its use is given back once). */
    public boolean delete(long promotionId, long orderId) {
        return jdbc.sql("DELETE FROM promotion_redemptions WHERE promotion_id = :promotionId AND order_id = :orderId")
                .param("promotionId", promotionId).param("orderId", orderId).update() == 1;
    }

    /** When each of these promotions was first redeemed, for those redeemed at all. */
    public Map<Long, Instant> findFirstRedeemed(Collection<Long> promotionIds) {
        Map<Long, Instant> found = new HashMap<>();
        jdbc.sql("""
                SELECT promotion_id, MIN(redeemed_at) AS first_at FROM promotion_redemptions
                WHERE promotion_id IN (:ids) GROUP BY promotion_id
                """)
                .param("ids", promotionIds)
                .query(rs -> {
                    found.put(rs.getLong("promotion_id"), SqlTime.instant(rs, "first_at"));
                });
        return found;
    }

    /** The promotion's redemptions, newest first. */
    public List<Redemption> findPage(long promotionId, PageQuery page) {
        return jdbc.sql("""
                SELECT id, promotion_id, order_id, customer_email, amount, redeemed_at FROM promotion_redemptions
                WHERE promotion_id = :id ORDER BY redeemed_at DESC, id DESC LIMIT :size OFFSET :offset
                """)
                .param("id", promotionId).param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Redemption(rs.getLong("id"), rs.getLong("promotion_id"), rs.getLong("order_id"),
                        rs.getString("customer_email"), rs.getBigDecimal("amount"), SqlTime.instant(rs, "redeemed_at")))
                .list();
    }

    public long count(long promotionId) {
        return jdbc.sql("SELECT COUNT(*) FROM promotion_redemptions WHERE promotion_id = :id")
                .param("id", promotionId).query(Long.class).single();
    }
}
