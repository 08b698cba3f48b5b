package io.aisle.ordering.data;

import io.aisle.ordering.OrderAdjustment;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tax and discount lines of orders. */
@Repository
public class OrderAdjustmentRepository {

    private final JdbcClient jdbc;

    OrderAdjustmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long orderId, OrderAdjustment adjustment) {
    }

    public void insert(long orderId, OrderAdjustment adjustment) {
        jdbc.sql("""
                INSERT INTO order_adjustments (order_id, kind, label, code, promotion_id, rate, amount)
                VALUES (:orderId, :kind, :label, :code, :promotionId, :rate, :amount)
                """)
                .param("orderId", orderId)
                .param("kind", adjustment.kind().name())
                .param("label", adjustment.label())
                .param("code", adjustment.code())
                .param("promotionId", adjustment.promotionId())
                .param("rate", adjustment.rate())
                .param("amount", adjustment.amount())
                .update();
    }

    /** The adjustments of each of the orders, in the order they were written; orders without any are absent. */
    public Map<Long, List<OrderAdjustment>> findByOrders(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT order_id, kind, label, code, promotion_id, rate, amount
                FROM order_adjustments
                WHERE order_id IN (:orderIds)
                ORDER BY order_id, id
                """)
                .param("orderIds", orderIds)
                .query((rs, n) -> {
                    long promotionId = rs.getLong("promotion_id");
                    return new Row(rs.getLong("order_id"), new OrderAdjustment(
                            OrderAdjustment.Kind.valueOf(rs.getString("kind")), rs.getString("label"),
                            rs.getString("code"), rs.wasNull() ? null : promotionId, rs.getBigDecimal("rate"),
                            rs.getBigDecimal("amount")));
                })
                .list().stream()
                .collect(Collectors.groupingBy(Row::orderId, Collectors.mapping(Row::adjustment, Collectors.toList())));
    }
}
