package io.aisle.ordering.data;

import io.aisle.ordering.Carrier;
import io.aisle.ordering.Shipment;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How orders left the shop: one row per shipped order (unique on the order). */
@Repository
public class ShipmentRepository {

    private static final String SELECT = """
            SELECT id, order_id, carrier, tracking_number, tracking_url, shipped_at
            FROM shipments
            """;

    private final JdbcClient jdbc;

    ShipmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long orderId, Carrier carrier, String trackingNumber, String trackingUrl, Instant shippedAt) {
        jdbc.sql("""
                INSERT INTO shipments (order_id, carrier, tracking_number, tracking_url, shipped_at)
                VALUES (:orderId, :carrier, :trackingNumber, :trackingUrl, :shippedAt)
                """)
                .param("orderId", orderId)
                .param("carrier", carrier.name())
                .param("trackingNumber", trackingNumber)
                .param("trackingUrl", trackingUrl)
                .param("shippedAt", SqlTime.utc(shippedAt))
                .update();
    }

    /** The shipments of these orders, oldest first. */
    public List<Shipment> findByOrders(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE order_id IN (:ids) ORDER BY shipped_at, id")
                .param("ids", orderIds)
                .query(ShipmentRepository::map)
                .list();
    }

    private static Shipment map(ResultSet rs, int row) throws SQLException {
        return new Shipment(rs.getLong("id"), rs.getLong("order_id"), Carrier.valueOf(rs.getString("carrier")),
                rs.getString("tracking_number"), rs.getString("tracking_url"), SqlTime.instant(rs, "shipped_at"));
    }
}
