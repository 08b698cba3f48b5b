package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order was placed and paid. */
public record OrderPlaced(long orderId, long userId, BigDecimal total, String currency, List<OrderItem> items,
        Instant placedAt) {

    static OrderPlaced of(Order order) {
        return new OrderPlaced(order.id(), order.userId(), order.total(), order.currency(), order.items(),
                order.createdAt());
    }
}
