package io.aisle.shopping.data;

import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cart lines: one row per customer and product; the schema keeps quantities between 1 and 99. */
@Repository
public class CartRepository {

    private final JdbcClient jdbc;

    CartRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Line(long productId, int quantity) {
    }

    /** The lines in the order they were first added. */
    public List<Line> findLines(long userId) {
        return jdbc.sql("""
                SELECT product_id, quantity FROM cart_items
                WHERE user_id = :userId
                ORDER BY added_at, product_id
                """)
                .param("userId", userId)
                .query((rs, row) -> new Line(rs.getLong("product_id"), rs.getInt("quantity")))
                .list();
    }

    /**
     * The lines, locked until the end of the caller's transaction: a second checkout of the same cart
     * waits here, and then reads the lines as the first one left them (deleted if it committed).
     */
    public List<Line> lockLines(long userId) {
        return jdbc.sql("""
                SELECT product_id, quantity FROM cart_items
                WHERE user_id = :userId
                ORDER BY added_at, product_id
                FOR UPDATE
                """)
                .param("userId", userId)
                .query((rs, row) -> new Line(rs.getLong("product_id"), rs.getInt("quantity")))
                .list();
    }

    public Optional<Integer> findQuantity(long userId, long productId) {
        return jdbc.sql("SELECT quantity FROM cart_items WHERE user_id = :userId AND product_id = :productId")
                .param("userId", userId)
                .param("productId", productId)
                .query(Integer.class)
                .optional();
    }

    /** Sets the line's quantity, creating the line if the product is not in the cart yet. */
    public void save(long userId, long productId, int quantity, Instant now) {
        jdbc.sql("""
                INSERT INTO cart_items (user_id, product_id, quantity, added_at, updated_at)
                VALUES (:userId, :productId, :quantity, :now, :now)
                ON DUPLICATE KEY UPDATE quantity = :quantity, updated_at = :now
                """)
                .param("userId", userId)
                .param("productId", productId)
                .param("quantity", quantity)
                .param("now", SqlTime.utc(now))
                .update();
    }

    public boolean delete(long userId, long productId) {
        return jdbc.sql("DELETE FROM cart_items WHERE user_id = :userId AND product_id = :productId")
                .param("userId", userId)
                .param("productId", productId)
                .update() == 1;
    }

    /** Deletes these lines only, so that a line added while a checkout ran stays in the cart. */
    public int deleteLines(long userId, List<Long> productIds) {
        return jdbc.sql("DELETE FROM cart_items WHERE user_id = :userId AND product_id IN (:productIds)")
                .param("userId", userId)
                .param("productIds", productIds)
                .update();
    }

    public int deleteAll(long userId) {
        return jdbc.sql("DELETE FROM cart_items WHERE user_id = :userId")
                .param("userId", userId)
                .update();
    }
}
