package io.aisle.ordering.data;

import io.aisle.ordering.CategorySales;
import io.aisle.ordering.DailySales;
import io.aisle.ordering.ProductSales;
import io.aisle.ordering.SalesTotals;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sales queries over orders placed in {@code [from, to)} (UTC), cancelled orders left out. The
 * {@code ix_orders_created} index serves the time range.
 */
@Repository
public class SalesRepository {

    /**
     * An order's merchandise revenue net of its refunds: a refund counts against the order's subtotal, up to all of
     * it (a whole order sent back, shipping and tax included, leaves nothing), so the figure is never negative.
     */
    private static final String NET_REVENUE = "subtotal - LEAST(refunded_total, subtotal)";

    /** The orders that count: placed in the period and not cancelled. */
    private static final String COUNTED_ORDERS = """
            FROM orders
            WHERE created_at >= :from AND created_at < :to AND status NOT IN ('PENDING', 'CANCELLED')
            """;
    private static final String COUNTED_ITEMS = """
            FROM order_items i
            JOIN orders o ON o.id = i.order_id
            WHERE o.created_at >= :from AND o.created_at < :to AND o.status NOT IN ('PENDING', 'CANCELLED')
            """;

    private final JdbcClient jdbc;

    SalesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SalesTotals totals(LocalDateTime from, LocalDateTime to) {
        return inPeriod("""
                SELECT COALESCE(SUM(%s), 0) AS revenue, COUNT(*) AS orders,
                       COALESCE(SUM(item_count), 0) AS units, COALESCE(SUM(refunded_total), 0) AS refunds
                """.formatted(NET_REVENUE) + COUNTED_ORDERS, from, to)
                .query((rs, row) -> new SalesTotals(rs.getBigDecimal("revenue"), rs.getLong("orders"),
                        rs.getLong("units"), rs.getBigDecimal("refunds")))
                .single();
    }

    public List<DailySales> byDay(LocalDateTime from, LocalDateTime to) {
        return inPeriod("SELECT DATE(created_at) AS day, SUM(" + NET_REVENUE + ") AS revenue, COUNT(*) AS orders\n"
                + COUNTED_ORDERS + " GROUP BY DATE(created_at) ORDER BY day", from, to)
                .query((rs, row) -> new DailySales(rs.getObject("day", LocalDate.class), rs.getBigDecimal("revenue"),
                        rs.getLong("orders")))
                .list();
    }

    public List<CategorySales> byCategory(LocalDateTime from, LocalDateTime to) {
        return inPeriod("""
                SELECT i.category_slug AS slug, MAX(i.category_name) AS category, SUM(i.line_total) AS revenue,
                       SUM(i.quantity) AS units
                """ + COUNTED_ITEMS + " GROUP BY i.category_slug ORDER BY revenue DESC, slug", from, to)
                .query((rs, row) -> new CategorySales(rs.getString("category"), rs.getString("slug"),
                        rs.getBigDecimal("revenue"), rs.getLong("units")))
                .list();
    }

    public List<ProductSales> topProducts(LocalDateTime from, LocalDateTime to, int limit) {
        return inPeriod("""
                SELECT i.product_id, MAX(i.product_name) AS name, SUM(i.quantity) AS units,
                       SUM(i.line_total) AS revenue
                """ + COUNTED_ITEMS + " GROUP BY i.product_id ORDER BY revenue DESC, i.product_id DESC LIMIT :limit",
                from, to)
                .param("limit", limit)
                .query((rs, row) -> new ProductSales(rs.getLong("product_id"), rs.getString("name"),
                        rs.getLong("units"), rs.getBigDecimal("revenue")))
                .list();
    }

    private JdbcClient.StatementSpec inPeriod(String sql, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql(sql).param("from", from).param("to", to);
    }
}
