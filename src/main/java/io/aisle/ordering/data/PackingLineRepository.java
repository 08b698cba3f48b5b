package io.aisle.ordering.data;

import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.PackingLine;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders joined with their lines and shipment: the rows of the packing-list CSV. */
@Repository
public class PackingLineRepository {

    private final JdbcClient jdbc;

    PackingLineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines of these orders, newest order first, each order's lines in the order they were bought. */
    public List<PackingLine> findByOrders(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT o.id, (SELECT COUNT(*) FROM order_items j WHERE j.order_id = i.order_id AND j.id <= i.id) AS line,
                       o.created_at, o.status, o.payment_status, o.email, o.ship_full_name, o.ship_company,
                       o.ship_line1, o.ship_line2, o.ship_city, o.ship_region, o.ship_postal_code, o.ship_country,
                       o.ship_phone, i.sku, i.product_name, i.quantity, i.unit_price, i.line_total, o.subtotal,
                       o.shipping_fee, o.discount_total, o.tax_total, o.total, o.currency, o.payment_reference,
                       s.carrier, s.tracking_number, o.shipped_at, o.delivered_at, o.cancelled_at
                FROM orders o
                JOIN order_items i ON i.order_id = o.id
                LEFT JOIN shipments s ON s.order_id = o.id
                WHERE o.id IN (:ids)
                ORDER BY o.created_at DESC, o.id DESC, i.id
                """)
                .param("ids", orderIds)
                .query(PackingLineRepository::map)
                .list();
    }

    private static PackingLine map(ResultSet rs, int row) throws SQLException {
        return new PackingLine(rs.getLong("id"), rs.getInt("line"), SqlTime.instant(rs, "created_at"),
                OrderStatus.valueOf(rs.getString("status")), rs.getString("payment_status"), rs.getString("email"),
                rs.getString("ship_full_name"), rs.getString("ship_company"), rs.getString("ship_line1"),
                rs.getString("ship_line2"), rs.getString("ship_city"), rs.getString("ship_region"),
                rs.getString("ship_postal_code"), rs.getString("ship_country"), rs.getString("ship_phone"),
                rs.getString("sku"), rs.getString("product_name"), rs.getInt("quantity"),
                rs.getBigDecimal("unit_price"), rs.getBigDecimal("line_total"), rs.getBigDecimal("subtotal"),
                rs.getBigDecimal("shipping_fee"), rs.getBigDecimal("discount_total"), rs.getBigDecimal("tax_total"),
                rs.getBigDecimal("total"), rs.getString("currency"), rs.getString("payment_reference"),
                rs.getString("carrier"), rs.getString("tracking_number"), SqlTime.instant(rs, "shipped_at"),
                SqlTime.instant(rs, "delivered_at"), SqlTime.instant(rs, "cancelled_at"));
    }
}
