package io.aisle.catalog.data;

import io.aisle.catalog.Review;
import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Review> findByProduct(long productId, PageQuery page) {
        return jdbc.sql("""
                SELECT id, product_id, author_name, rating, body, created_at FROM reviews
                WHERE product_id = :productId
                ORDER BY created_at DESC, id DESC
                LIMIT :limit OFFSET :offset
                """)
                .param("productId", productId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> new Review(rs.getLong("id"), rs.getLong("product_id"), rs.getString("author_name"),
                        rs.getInt("rating"), rs.getString("body"), SqlTime.instant(rs, "created_at")))
                .list();
    }

    public long countByProduct(long productId) {
        return jdbc.sql("SELECT COUNT(*) FROM reviews WHERE product_id = :productId")
                .param("productId", productId)
                .query(Long.class)
                .single();
    }

    /** Inserts the review; the unique (product, user) key makes a second review a duplicate-key error. */
    public long insert(long productId, long userId, String authorName, int rating, String text, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reviews (product_id, user_id, author_name, rating, body, created_at)
                VALUES (:productId, :userId, :authorName, :rating, :text, :now)
                """)
                .param("productId", productId)
                .param("userId", userId)
                .param("authorName", authorName)
                .param("rating", rating)
                .param("text", text)
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public boolean existsByProductAndUser(long productId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM reviews WHERE product_id = :productId AND user_id = :userId")
                .param("productId", productId)
                .param("userId", userId)
                .query(Long.class)
                .single() > 0;
    }

    public List<Long> findProductIdsByUser(long userId) {
        return jdbc.sql("SELECT product_id FROM reviews WHERE user_id = :userId")
                .param("userId", userId)
                .query(Long.class)
                .list();
    }

    public int deleteByUser(long userId) {
        return jdbc.sql("DELETE FROM reviews WHERE user_id = :userId")
                .param("userId", userId)
                .update();
    }
}
