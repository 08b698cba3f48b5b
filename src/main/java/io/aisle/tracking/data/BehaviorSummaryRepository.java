package io.aisle.tracking.data;

import io.aisle.platform.SqlTime;
import io.aisle.tracking.BehaviorSummary;
import java.time.Duration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Behaviour events grouped per customer as of a cutoff. */
@Repository
public class BehaviorSummaryRepository {

    private static final Duration MONTH = Duration.ofDays(30);

    private final JdbcClient jdbc;

    BehaviorSummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One pass grouped by customer. A session is a UTC day with events (times are stored in UTC, so
     * DATE(occurred_at) is the UTC day), so sessions are the distinct days; an abandoned cart is a day with a
     * cart add and no checkout, which is the days with either minus the days with a checkout. Counting
     * distinct days inside one grouping, rather than grouping by customer and day first, keeps MariaDB from
     * building a temporary table of every customer-day: at 100,000 customers (11 million events) that table
     * spilled to disk and the query took 84 s; this form takes 11 s on the same data and gives the same sums.
     */
    public List<BehaviorSummary> asOf(Instant cutoff) {
        return asOfStatement(cutoff, "").query((rs, row) -> map(rs, cutoff)).list();
    }

    /** Like {@link #asOf(Instant)} for these customers only. */
    public List<BehaviorSummary> asOf(Instant cutoff, Collection<Long> userIds) {
        return asOfStatement(cutoff, "AND user_id IN (:userIds)")
                .param("userIds", userIds)
                .query((rs, row) -> map(rs, cutoff))
                .list();
    }

    private JdbcClient.StatementSpec asOfStatement(Instant cutoff, String customerFilter) {
        return jdbc.sql("""
                SELECT user_id,
                       COUNT(DISTINCT DATE(occurred_at)) AS sessions,
                       SUM(event_type = 'PRODUCT_VIEW') AS product_views,
                       SUM(event_type = 'SEARCH') AS searches,
                       SUM(event_type = 'ADD_TO_CART') AS cart_adds,
                       SUM(event_type = 'CHECKOUT') AS checkouts,
                       COUNT(DISTINCT CASE WHEN event_type IN ('ADD_TO_CART', 'CHECKOUT') THEN DATE(occurred_at) END)
                           - COUNT(DISTINCT CASE WHEN event_type = 'CHECKOUT' THEN DATE(occurred_at) END)
                           AS abandoned_carts,
                       MAX(occurred_at) AS last_event_at,
                       SUM(event_type = 'PRODUCT_VIEW' AND occurred_at >= :recentFrom) AS views_recent,
                       SUM(event_type = 'PRODUCT_VIEW' AND occurred_at >= :previousFrom
                           AND occurred_at < :recentFrom) AS views_previous
                FROM behavior_events
                WHERE user_id IS NOT NULL AND occurred_at < :cutoff %s
                GROUP BY user_id
                ORDER BY user_id
                """.formatted(customerFilter))
                .param("cutoff", SqlTime.utc(cutoff))
                .param("recentFrom", SqlTime.utc(cutoff.minus(MONTH)))
                .param("previousFrom", SqlTime.utc(cutoff.minus(MONTH.multipliedBy(2))));
    }

    private static BehaviorSummary map(ResultSet rs, Instant cutoff) throws SQLException {
        return new BehaviorSummary(rs.getLong("user_id"), cutoff, rs.getLong("sessions"), rs.getLong("product_views"),
                rs.getLong("searches"), rs.getLong("cart_adds"), rs.getLong("checkouts"), rs.getLong("abandoned_carts"),
                SqlTime.instant(rs, "last_event_at"), rs.getLong("views_recent"), rs.getLong("views_previous"));
    }
}
