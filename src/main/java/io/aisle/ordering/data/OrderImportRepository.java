package io.aisle.ordering.data;

import io.aisle.identity.PostalAddress;
import io.aisle.ordering.HistoricalOrder;
import io.aisle.ordering.OrderItem;
import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Orders written in bulk for imported histories (see {@code OrderImport}); their items go through
 * {@link OrderItemRepository#insertAll}.
 */
@Repository
public class OrderImportRepository {

    private final JdbcTemplate batch;
    private final JdbcClient jdbc;

    OrderImportRepository(JdbcTemplate batch, JdbcClient jdbc) {
        this.batch = batch;
        this.jdbc = jdbc;
    }

    /** A historical order priced and addressed, ready to insert under its idempotency key. */
    public record ImportedOrder(HistoricalOrder order, String idempotencyKey, List<OrderItem> items,
            BigDecimal subtotal, BigDecimal shippingFee, BigDecimal total, String currency, PostalAddress address,
            LocalDate estimatedDelivery, Instant shippedAt, Instant deliveredAt) {
    }

    public void insertOrders(List<ImportedOrder> orders) {
        batch.batchUpdate("""
                INSERT INTO orders (user_id, status, subtotal, shipping_fee, total, currency, item_count,
                                    ship_full_name, ship_line1, ship_line2, ship_city, ship_postal_code,
                                    ship_country, idempotency_key, estimated_delivery, created_at, updated_at,
                                    shipped_at, delivered_at, cancelled_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, orders, orders.size(), (ps, o) -> {
            PostalAddress to = o.address();
            ps.setLong(1, o.order().userId());
            ps.setString(2, o.order().status().name());
            ps.setBigDecimal(3, o.subtotal());
            ps.setBigDecimal(4, o.shippingFee());
            ps.setBigDecimal(5, o.total());
            ps.setString(6, o.currency());
            ps.setInt(7, o.order().itemCount());
            ps.setString(8, to.fullName());
            ps.setString(9, to.line1());
            ps.setString(10, to.line2());
            ps.setString(11, to.city());
            ps.setString(12, to.postalCode());
            ps.setString(13, to.country());
            ps.setString(14, o.idempotencyKey());
            ps.setObject(15, o.estimatedDelivery());
            ps.setObject(16, SqlTime.utc(o.order().placedAt()));
            ps.setObject(17, SqlTime.utc(o.order().placedAt()));
            ps.setObject(18, SqlTime.utc(o.shippedAt()));
            ps.setObject(19, SqlTime.utc(o.deliveredAt()));
            ps.setObject(20, SqlTime.utc(o.order().cancelledAt()));
        });
    }

    /** The ids of these users' orders whose idempotency key starts with the prefix, by key. */
    public Map<String, Long> findIds(Collection<Long> userIds, String keyPrefix) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, idempotency_key FROM orders WHERE user_id IN (:userIds) AND idempotency_key LIKE :prefix")
                .param("userIds", userIds)
                .param("prefix", keyPrefix + "%")
                .query(rs -> {
                    ids.put(rs.getString("idempotency_key"), rs.getLong("id"));
                });
        return ids;
    }
}
