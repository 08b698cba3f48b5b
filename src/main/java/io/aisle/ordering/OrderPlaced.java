package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order was placed and paid; {@code userId} is null for a guest's order, {@code email} where to write. */
public record OrderPlaced(long orderId, Long userId, String email, BigDecimal total, String currency, List<OrderItem> items,
        Instant placedAt) {

    static OrderPlaced of(Order order) {
        return new OrderPlaced(order.id(), order.userId(), order.email(), order.total(), order.currency(), order.items(),
                order.createdAt());
    }
}
