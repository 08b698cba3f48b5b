package io.aisle.shopping.data;

import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each customer's cart last changed, and for which of its states a reminder went out. A state is the cart's
 * {@code changed_at}: any change makes a new state, which may be reminded of once more.
 */
@Repository
public class CartStateRepository {

    private final JdbcClient jdbc;

    CartStateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A cart with lines, unchanged since {@code changedAt}, not reminded of in this state. */
    public record IdleCart(long userId, Instant changedAt) {
    }

    /** The cart changed now: a new state. */
    public void touch(long userId, Instant now) {
        jdbc.sql("""
                INSERT INTO carts (user_id, changed_at) VALUES (:userId, :now)
                ON DUPLICATE KEY UPDATE changed_at = :now
                """)
                .param("userId", userId)
                .param("now", SqlTime.utc(now))
                .update();
    }

    public void delete(long userId) {
        jdbc.sql("DELETE FROM carts WHERE user_id = :userId")
                .param("userId", userId)
                .update();
    }

    /**
     * Up to {@code limit} carts with lines, last changed at or before {@code before} and not reminded of in that
     * state, in (changed_at, user_id) order after the given position: the caller pages through all of them.
     */
    public List<IdleCart> findIdle(Instant before, Instant afterChange, long afterUserId, int limit) {
        return jdbc.sql("""
                SELECT c.user_id, c.changed_at FROM carts c
                WHERE c.changed_at <= :before
                  AND (c.changed_at > :afterChange OR (c.changed_at = :afterChange AND c.user_id > :afterUserId))
                  AND (c.reminded_change IS NULL OR c.reminded_change <> c.changed_at)
                  AND EXISTS (SELECT 1 FROM cart_items i WHERE i.user_id = c.user_id)
                ORDER BY c.changed_at, c.user_id
                LIMIT :limit
                """)
                .param("before", SqlTime.utc(before))
                .param("afterChange", SqlTime.utc(afterChange))
                .param("afterUserId", afterUserId)
                .param("limit", limit)
                .query((rs, row) -> new IdleCart(rs.getLong("user_id"), SqlTime.instant(rs, "changed_at")))
                .list();
    }

    /**
     * Records the reminder for the cart in this state; false when it was recorded already (another run, another
     * instance) or the cart changed since it was read. The row lock makes a concurrent run wait and then find it set.
     */
    public boolean markReminded(long userId, Instant changedAt) {
        return jdbc.sql("""
                UPDATE carts SET reminded_change = changed_at
                WHERE user_id = :userId AND changed_at = :changedAt
                  AND (reminded_change IS NULL OR reminded_change <> changed_at)
                """)
                .param("userId", userId)
                .param("changedAt", SqlTime.utc(changedAt))
                .update() == 1;
    }
}
