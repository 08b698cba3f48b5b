package io.aisle.shopping.data;

import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wishlist entries: a set of product ids per customer. */
@Repository
public class WishlistRepository {

    private final JdbcClient jdbc;

    WishlistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(long productId, Instant addedAt) {
    }

    /** Newest first. */
    public List<Entry> findEntries(long userId) {
        return jdbc.sql("""
                SELECT product_id, added_at FROM wishlist_items
                WHERE user_id = :userId
                ORDER BY added_at DESC, product_id DESC
                """)
                .param("userId", userId)
                .query((rs, row) -> new Entry(rs.getLong("product_id"), SqlTime.instant(rs, "added_at")))
                .list();
    }

    public boolean contains(long userId, long productId) {
        return jdbc.sql("SELECT COUNT(*) FROM wishlist_items WHERE user_id = :userId AND product_id = :productId")
                .param("userId", userId)
                .param("productId", productId)
                .query(Long.class)
                .single() > 0;
    }

    /** Adds the product unless it is there already, in which case it keeps its original date. */
    public void add(long userId, long productId, Instant now) {
        jdbc.sql("""
                INSERT INTO wishlist_items (user_id, product_id, added_at) VALUES (:userId, :productId, :now)
                ON DUPLICATE KEY UPDATE added_at = added_at
                """)
                .param("userId", userId)
                .param("productId", productId)
                .param("now", SqlTime.utc(now))
                .update();
    }

    public boolean delete(long userId, long productId) {
        return jdbc.sql("DELETE FROM wishlist_items WHERE user_id = :userId AND product_id = :productId")
                .param("userId", userId)
                .param("productId", productId)
                .update() == 1;
    }

    public int deleteAll(long userId) {
        return jdbc.sql("DELETE FROM wishlist_items WHERE user_id = :userId")
                .param("userId", userId)
                .update();
    }
}
