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
     * Groups by customer and UTC day first (sessions and abandoned carts are per day), then by customer.
     * Times are stored in UTC, so DATE(occurred_at) is the UTC calendar day.
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
                       COUNT(*) AS sessions,
                       SUM(views) AS product_views,
                       SUM(searches) AS searches,
                       SUM(cart_adds) AS cart_adds,
                       SUM(checkouts) AS checkouts,
                       SUM(cart_adds > 0 AND checkouts = 0) AS abandoned_carts,
                       MAX(last_event_at) AS last_event_at,
                       SUM(views_recent) AS views_recent,
                       SUM(views_previous) AS views_previous
                FROM (
                    SELECT user_id, DATE(occurred_at) AS day,
                           SUM(event_type = 'PRODUCT_VIEW') AS views,
                           SUM(event_type = 'SEARCH') AS searches,
                           SUM(event_type = 'ADD_TO_CART') AS cart_adds,
                           SUM(event_type = 'CHECKOUT') AS checkouts,
                           MAX(occurred_at) AS last_event_at,
                           SUM(event_type = 'PRODUCT_VIEW' AND occurred_at >= :recentFrom) AS views_recent,
                           SUM(event_type = 'PRODUCT_VIEW' AND occurred_at >= :previousFrom
                               AND occurred_at < :recentFrom) AS views_previous
                    FROM behavior_events
                    WHERE user_id IS NOT NULL AND occurred_at < :cutoff %s
                    GROUP BY user_id, DATE(occurred_at)
                ) days
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
