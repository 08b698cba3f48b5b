package io.aisle.ordering.data;

import io.aisle.ordering.CustomerPurchases;
import io.aisle.ordering.CustomerSpend;
import io.aisle.ordering.PastOrder;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders grouped per customer as of a cutoff, for the models' features and labels. */
@Repository
public class PurchaseHistoryRepository {

    private static final double SECONDS_PER_DAY = 86_400;

    // An order counts as cancelled only if it was cancelled before the cutoff (cancelled_at is set with
    // the status; a row without it is taken as cancelled). The gaps between orders come from LAG over
    // the live orders, partitioned apart from the cancelled ones, and so do the ranks that find the median
    // order. Sums of decayed counts are rounded: the order of summation varies between plans. The main
    // country is the one most orders placed before the cutoff shipped to (alphabetically first of a tie),
    // over all customers. %s is an optional user filter.
    private static final String AS_OF = """
            SELECT p.user_id,
                   SUM(NOT p.cancelled) AS order_count,
                   COALESCE(SUM(CASE WHEN NOT p.cancelled THEN p.total END), 0) AS total_spend,
                   MIN(CASE WHEN NOT p.cancelled THEN p.created_at END) AS first_order_at,
                   MAX(CASE WHEN NOT p.cancelled THEN p.created_at END) AS last_order_at,
                   COALESCE(AVG(CASE WHEN NOT p.cancelled THEN p.gap_seconds END), 0) AS mean_gap_seconds,
                   COALESCE(STDDEV_SAMP(CASE WHEN NOT p.cancelled THEN p.gap_seconds END), 0) AS std_gap_seconds,
                   COALESCE(MAX(c.categories), 0) AS distinct_categories,
                   SUM(p.cancelled) AS cancelled_orders,
                   SUM(NOT p.cancelled AND p.created_at >= :recentFrom) AS orders_recent,
                   COALESCE(SUM(CASE WHEN NOT p.cancelled AND p.created_at >= :recentFrom THEN p.total END), 0) AS spend_recent,
                   SUM(NOT p.cancelled AND p.created_at >= :previousFrom AND p.created_at < :recentFrom) AS orders_previous,
                   COALESCE(SUM(CASE WHEN NOT p.cancelled AND p.created_at >= :previousFrom AND p.created_at < :recentFrom THEN p.total END), 0)
                       AS spend_previous,
                   COUNT(DISTINCT CASE WHEN NOT p.cancelled THEN DATE(p.created_at) END) AS purchase_days,
                   SUM(NOT p.cancelled AND p.created_at >= :from90) AS orders_90,
                   COALESCE(SUM(CASE WHEN NOT p.cancelled AND p.created_at >= :from90 THEN p.total END), 0) AS spend_90,
                   COUNT(DISTINCT CASE WHEN NOT p.cancelled AND p.created_at >= :from90 THEN DATE(p.created_at) END)
                       AS purchase_days_90,
                   SUM(NOT p.cancelled AND p.created_at >= :from180) AS orders_180,
                   COALESCE(SUM(CASE WHEN NOT p.cancelled AND p.created_at >= :from180 AND p.created_at < :from90 THEN p.total END), 0)
                       AS spend_90_to_180,
                   ROUND(COALESCE(SUM(CASE WHEN NOT p.cancelled THEN EXP(-p.age_days / 30) END), 0), 9)
                       AS decayed_orders_30,
                   ROUND(COALESCE(SUM(CASE WHEN NOT p.cancelled THEN EXP(-p.age_days / 90) END), 0), 9)
                       AS decayed_orders_90,
                   ROUND(COALESCE(SUM(CASE WHEN NOT p.cancelled THEN p.total * EXP(-p.age_days / 90) END), 0), 6)
                       AS decayed_spend_90,
                   COALESCE(MAX(CASE WHEN NOT p.cancelled THEN p.total END), 0) AS largest_order,
                   COALESCE(AVG(CASE WHEN NOT p.cancelled AND p.total_rank IN (FLOOR((p.live_orders + 1) / 2),
                                                                               CEIL((p.live_orders + 1) / 2))
                                     THEN p.total END), 0) AS median_order,
                   COALESCE(MAX(c.products), 0) AS distinct_products,
                   COALESCE(MAX(c.units), 0) AS units,
                   COALESCE(AVG(CASE WHEN NOT p.cancelled THEN p.ship_country = m.country END), 0) AS main_country_share
            FROM (
                SELECT o.user_id, o.total, o.created_at, o.cancelled, o.ship_country,
                       TIMESTAMPDIFF(SECOND, o.created_at, :cutoff) / 86400e0 AS age_days,
                       TIMESTAMPDIFF(MICROSECOND,
                           LAG(o.created_at) OVER (PARTITION BY o.user_id, o.cancelled ORDER BY o.created_at, o.id),
                           o.created_at) / 1000000.0 AS gap_seconds,
                       ROW_NUMBER() OVER (PARTITION BY o.user_id, o.cancelled ORDER BY o.total, o.id) AS total_rank,
                       COUNT(*) OVER (PARTITION BY o.user_id, o.cancelled) AS live_orders
                FROM (
                    SELECT id, user_id, total, created_at, ship_country,
                           (status = 'CANCELLED' AND COALESCE(cancelled_at < :cutoff, TRUE)) AS cancelled
                    FROM orders
                    WHERE created_at < :cutoff AND user_id IS NOT NULL AND status <> 'PENDING' %1$s
                ) o
            ) p
            LEFT JOIN (
                SELECT o.user_id, COUNT(DISTINCT i.category_slug) AS categories,
                       COUNT(DISTINCT i.product_id) AS products, SUM(i.quantity) AS units
                FROM orders o JOIN order_items i ON i.order_id = o.id
                WHERE o.created_at < :cutoff AND o.user_id IS NOT NULL AND o.status <> 'PENDING' %1$s
                  AND NOT (o.status = 'CANCELLED' AND COALESCE(o.cancelled_at < :cutoff, TRUE))
                GROUP BY o.user_id
            ) c ON c.user_id = p.user_id
            CROSS JOIN (
                SELECT COALESCE(MAX(ranked.ship_country), '') AS country
                FROM (
                    SELECT ship_country
                    FROM orders
                    WHERE created_at < :cutoff AND user_id IS NOT NULL AND status <> 'PENDING'
                    GROUP BY ship_country
                    ORDER BY COUNT(*) DESC, ship_country
                    LIMIT 1
                ) ranked
            ) m
            GROUP BY p.user_id
            ORDER BY p.user_id
            """;

    private final JdbcClient jdbc;

    PurchaseHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CustomerPurchases> asOf(Instant cutoff) {
        return asOfStatement(cutoff, "").query((rs, row) -> map(rs, cutoff)).list();
    }

    public List<CustomerPurchases> asOf(Instant cutoff, Collection<Long> userIds) {
        return asOfStatement(cutoff, "AND user_id IN (:userIds)")
                .param("userIds", userIds)
                .query((rs, row) -> map(rs, cutoff))
                .list();
    }

    /** These users' orders placed before the cutoff and not cancelled before it, oldest first per user. */
    public List<PastOrder> liveOrdersBefore(Instant cutoff, Collection<Long> userIds) {
        return jdbc.sql("""
                SELECT user_id, created_at, total
                FROM orders
                WHERE created_at < :cutoff AND user_id IN (:userIds) AND status <> 'PENDING'
                  AND NOT (status = 'CANCELLED' AND COALESCE(cancelled_at < :cutoff, TRUE))
                ORDER BY user_id, created_at, id
                """)
                .param("cutoff", SqlTime.utc(cutoff))
                .param("userIds", userIds)
                .query((rs, row) -> new PastOrder(rs.getLong("user_id"), SqlTime.instant(rs, "created_at"),
                        rs.getBigDecimal("total")))
                .list();
    }

    /** Every user's orders placed before the cutoff and not cancelled before it, oldest first per user. */
    public List<PastOrder> liveOrdersBefore(Instant cutoff) {
        return jdbc.sql("""
                SELECT user_id, created_at, total
                FROM orders
                WHERE created_at < :cutoff AND user_id IS NOT NULL AND status <> 'PENDING'
                  AND NOT (status = 'CANCELLED' AND COALESCE(cancelled_at < :cutoff, TRUE))
                ORDER BY user_id, created_at, id
                """)
                .param("cutoff", SqlTime.utc(cutoff))
                .query((rs, row) -> new PastOrder(rs.getLong("user_id"), SqlTime.instant(rs, "created_at"),
                        rs.getBigDecimal("total")))
                .list();
    }

    public List<CustomerSpend> spendBetween(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT user_id, COUNT(*) AS order_count, SUM(total) AS spend
                FROM orders
                WHERE status NOT IN ('PENDING', 'CANCELLED') AND created_at >= :from AND created_at < :to AND user_id IS NOT NULL
                GROUP BY user_id
                ORDER BY user_id
                """)
                .param("from", SqlTime.utc(from))
                .param("to", SqlTime.utc(to))
                .query((rs, row) -> new CustomerSpend(rs.getLong("user_id"), rs.getLong("order_count"),
                        rs.getBigDecimal("spend")))
                .list();
    }

    /** {@link #spendBetween(Instant, Instant)} of these customers only (a non-empty list). */
    public List<CustomerSpend> spendBetween(Instant from, Instant to, Collection<Long> userIds) {
        return jdbc.sql("""
                SELECT user_id, COUNT(*) AS order_count, SUM(total) AS spend
                FROM orders
                WHERE status NOT IN ('PENDING', 'CANCELLED') AND created_at >= :from AND created_at < :to
                  AND user_id IN (:userIds)
                GROUP BY user_id
                ORDER BY user_id
                """)
                .param("from", SqlTime.utc(from))
                .param("to", SqlTime.utc(to))
                .param("userIds", userIds)
                .query((rs, row) -> new CustomerSpend(rs.getLong("user_id"), rs.getLong("order_count"),
                        rs.getBigDecimal("spend")))
                .list();
    }

    private JdbcClient.StatementSpec asOfStatement(Instant cutoff, String userFilter) {
        // the same filter in both subqueries (user_id is the orders' in both), so only these users' rows are read;
        // guests' orders (no user_id) belong to no customer's history
        return jdbc.sql(AS_OF.formatted(userFilter))
                .param("cutoff", SqlTime.utc(cutoff))
                .param("recentFrom", SqlTime.utc(cutoff.minus(Duration.ofDays(30))))
                .param("previousFrom", SqlTime.utc(cutoff.minus(Duration.ofDays(60))))
                .param("from90", SqlTime.utc(cutoff.minus(Duration.ofDays(90))))
                .param("from180", SqlTime.utc(cutoff.minus(Duration.ofDays(180))));
    }

    private static CustomerPurchases map(ResultSet rs, Instant cutoff) throws SQLException {
        return new CustomerPurchases(rs.getLong("user_id"), cutoff, rs.getLong("order_count"),
                rs.getBigDecimal("total_spend"), SqlTime.instant(rs, "first_order_at"),
                SqlTime.instant(rs, "last_order_at"), rs.getDouble("mean_gap_seconds") / SECONDS_PER_DAY,
                rs.getDouble("std_gap_seconds") / SECONDS_PER_DAY, rs.getLong("distinct_categories"),
                rs.getLong("cancelled_orders"), rs.getLong("orders_recent"), rs.getBigDecimal("spend_recent"),
                rs.getLong("orders_previous"), rs.getBigDecimal("spend_previous"),
                new CustomerPurchases.Recent(rs.getLong("purchase_days"), rs.getLong("orders_90"),
                        rs.getDouble("spend_90"), rs.getLong("purchase_days_90"), rs.getLong("orders_180"),
                        rs.getDouble("spend_90_to_180"), rs.getDouble("decayed_orders_30"),
                        rs.getDouble("decayed_orders_90"), rs.getDouble("decayed_spend_90"),
                        rs.getDouble("largest_order"), rs.getDouble("median_order"), rs.getLong("distinct_products"),
                        rs.getLong("units"), rs.getDouble("main_country_share")));
    }
}
