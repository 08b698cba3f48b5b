package io.aisle.tracking.data;

import io.aisle.platform.SqlTime;
import io.aisle.tracking.BehaviorEvent;
import io.aisle.tracking.EventType;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BehaviorEventRepository {

    private final JdbcTemplate batch;
    private final JdbcClient jdbc;

    BehaviorEventRepository(JdbcTemplate batch, JdbcClient jdbc) {
        this.batch = batch;
        this.jdbc = jdbc;
    }

    /** Writes the events as one batched statement (the driver sends them in bulk). */
    public void insertAll(List<BehaviorEvent> events) {
        batch.batchUpdate("""
                INSERT INTO behavior_events (event_type, user_id, product_id, search_query, payload, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, events, events.size(), (ps, e) -> {
            ps.setString(1, e.type().name());
            ps.setLong(2, e.userId());
            ps.setObject(3, e.productId());
            ps.setString(4, e.searchQuery());
            ps.setString(5, e.payload());
            ps.setObject(6, SqlTime.utc(e.occurredAt()));
        });
    }

    public List<BehaviorEvent> findByUser(long userId, int limit) {
        return jdbc.sql("""
                SELECT event_type, user_id, product_id, search_query, payload, occurred_at
                FROM behavior_events WHERE user_id = :userId
                ORDER BY occurred_at DESC, id DESC LIMIT :limit
                """)
                .param("userId", userId)
                .param("limit", limit)
                .query((rs, row) -> new BehaviorEvent(EventType.valueOf(rs.getString("event_type")),
                        rs.getLong("user_id"), (Long) rs.getObject("product_id", Long.class),
                        rs.getString("search_query"), rs.getString("payload"), SqlTime.instant(rs, "occurred_at")))
                .list();
    }

    public List<Long> findViewedProducts(long userId, int limit) {
        return jdbc.sql("""
                SELECT product_id, MAX(occurred_at) AS last_viewed
                FROM behavior_events
                WHERE user_id = :userId AND event_type = 'PRODUCT_VIEW' AND product_id IS NOT NULL
                GROUP BY product_id
                ORDER BY last_viewed DESC, product_id
                LIMIT :limit
                """)
                .param("userId", userId)
                .param("limit", limit)
                .query((rs, row) -> rs.getLong("product_id"))
                .list();
    }

    public int deleteByUser(long userId) {
        return jdbc.sql("DELETE FROM behavior_events WHERE user_id = :userId")
                .param("userId", userId)
                .update();
    }
}
