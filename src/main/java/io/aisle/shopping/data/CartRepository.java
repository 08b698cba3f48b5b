package io.aisle.shopping.data;

import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cart lines: one row per customer and variant; the schema keeps quantities between 1 and 99. */
@Repository
public class CartRepository {

    private final JdbcClient jdbc;

    CartRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Line(long productId, long variantId, int quantity) {
    }

    /** The lines in the order they were first added. */
    public List<Line> findLines(long userId) {
        return jdbc.sql("""
                SELECT product_id, variant_id, quantity FROM cart_items
                WHERE user_id = :userId
                ORDER BY added_at, variant_id
                """)
                .param("userId", userId)
                .query(CartRepository::line)
                .list();
    }

    /**
     * The lines, locked until the end of the caller's transaction: a second checkout of the same cart
     * waits here, and then reads the lines as the first one left them (deleted if it committed).
     */
    public List<Line> lockLines(long userId) {
        return jdbc.sql("""
                SELECT product_id, variant_id, quantity FROM cart_items
                WHERE user_id = :userId
                ORDER BY added_at, variant_id
                FOR UPDATE
                """)
                .param("userId", userId)
                .query(CartRepository::line)
                .list();
    }

    public Optional<Integer> findQuantity(long userId, long variantId) {
        return jdbc.sql("SELECT quantity FROM cart_items WHERE user_id = :userId AND variant_id = :variantId")
                .param("userId", userId)
                .param("variantId", variantId)
                .query(Integer.class)
                .optional();
    }

    /** Sets the line's quantity, creating the line if the variant is not in the cart yet. */
    public void save(long userId, long productId, long variantId, int quantity, Instant now) {
        jdbc.sql("""
                INSERT INTO cart_items (user_id, product_id, variant_id, quantity, added_at, updated_at)
                VALUES (:userId, :productId, :variantId, :quantity, :now, :now)
                ON DUPLICATE KEY UPDATE quantity = :quantity, updated_at = :now
                """)
                .param("userId", userId)
                .param("productId", productId)
                .param("variantId", variantId)
                .param("quantity", quantity)
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** Deletes the product's lines: every variant of it, or only {@code variantId} when it is given. */
    public boolean delete(long userId, long productId, Long variantId) {
        return jdbc.sql("""
                DELETE FROM cart_items
                WHERE user_id = :userId AND product_id = :productId AND (:variantId IS NULL OR variant_id = :variantId)
                """)
                .param("userId", userId)
                .param("productId", productId)
                .param("variantId", variantId)
                .update() > 0;
    }

    /** Deletes these lines only, so that a line added while a checkout ran stays in the cart. */
    public int deleteLines(long userId, List<Long> variantIds) {
        return jdbc.sql("DELETE FROM cart_items WHERE user_id = :userId AND variant_id IN (:variantIds)")
                .param("userId", userId)
                .param("variantIds", variantIds)
                .update();
    }

    private static Line line(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Line(rs.getLong("product_id"), rs.getLong("variant_id"), rs.getInt("quantity"));
    }

    public int deleteAll(long userId) {
        return jdbc.sql("DELETE FROM cart_items WHERE user_id = :userId")
                .param("userId", userId)
                .update();
    }
}
