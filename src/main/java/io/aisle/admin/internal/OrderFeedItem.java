package io.aisle.admin.internal;

import io.aisle.identity.User;
import io.aisle.ordering.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A line of the dashboard's feed of new orders; {@code customer} is the customer's email when known. */
public record OrderFeedItem(long orderId, String customer, BigDecimal total, int units, Instant placedAt) {

    /** The order's line, with the customer looked up in {@code customers} by id. */
    public static OrderFeedItem of(Order order, Map<Long, User> customers) {
        return new OrderFeedItem(order.id(), CustomerLabel.of(order.userId(), order.email(), customers), order.total(),
                order.itemCount(), order.createdAt());
    }
}
