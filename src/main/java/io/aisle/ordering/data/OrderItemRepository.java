package io.aisle.ordering.data;

import io.aisle.ordering.OrderItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lines of orders: snapshots of the products as they were bought. */
@Repository
public class OrderItemRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    OrderItemRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A line of the order with this id. */
    public record Row(long orderId, OrderItem item) {
    }

    public void insert(long orderId, OrderItem item) {
        jdbc.sql("""
                INSERT INTO order_items (order_id, product_id, sku, product_name, category_slug, category_name,
                                         unit_price, quantity, line_total, tax_class, discount, tax, tax_rate, variant_id,
                                         variant_title)
                VALUES (:orderId, :productId, :sku, :name, :categorySlug, :categoryName,
                        :unitPrice, :quantity, :lineTotal, :taxClass, :discount, :tax, :taxRate, :variantId,
                        :variantTitle)
                """)
                .param("orderId", orderId)
                .param("productId", item.productId())
                .param("sku", item.sku())
                .param("name", item.name())
                .param("categorySlug", item.categorySlug())
                .param("categoryName", item.categoryName())
                .param("unitPrice", item.unitPrice())
                .param("quantity", item.quantity())
                .param("lineTotal", item.lineTotal())
                .param("taxClass", item.taxClass())
                .param("discount", item.discount())
                .param("tax", item.tax())
                .param("taxRate", item.taxRate())
                .param("variantId", item.variantId())
                .param("variantTitle", item.variantTitle())
                .update();
    }

    /** Writes the lines as one batched statement (imported histories). */
    public void insertAll(List<Row> rows) {
        batch.batchUpdate("""
                INSERT INTO order_items (order_id, product_id, sku, product_name, category_slug, category_name,
                                         unit_price, quantity, line_total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, rows.size(), (ps, row) -> {
            OrderItem item = row.item();
            ps.setLong(1, row.orderId());
            ps.setLong(2, item.productId());
            ps.setString(3, item.sku());
            ps.setString(4, item.name());
            ps.setString(5, item.categorySlug());
            ps.setString(6, item.categoryName());
            ps.setBigDecimal(7, item.unitPrice());
            ps.setInt(8, item.quantity());
            ps.setBigDecimal(9, item.lineTotal());
        });
    }

    /** The lines of each of the orders, in the order they were bought; orders without lines are absent. */
    public Map<Long, List<OrderItem>> findByOrders(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT order_id, product_id, sku, product_name, category_slug, category_name, unit_price,
                       quantity, line_total, tax_class, discount, tax, tax_rate, variant_id, variant_title
                FROM order_items
                WHERE order_id IN (:orderIds)
                ORDER BY order_id, id
                """)
                .param("orderIds", orderIds)
                .query(OrderItemRepository::map)
                .list().stream()
                .collect(Collectors.groupingBy(Row::orderId, Collectors.mapping(Row::item, Collectors.toList())));
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("order_id"), new OrderItem(rs.getLong("product_id"), rs.getString("sku"),
                rs.getString("product_name"), rs.getString("category_slug"), rs.getString("category_name"),
                rs.getBigDecimal("unit_price"), rs.getInt("quantity"), rs.getBigDecimal("line_total"),
                rs.getString("tax_class"), rs.getBigDecimal("discount"), rs.getBigDecimal("tax"),
                rs.getBigDecimal("tax_rate"), rs.getObject("variant_id", Long.class), rs.getString("variant_title")));
    }
}
