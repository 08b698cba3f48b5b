package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's orders in figures. Cancelled orders do not count; {@code totalSpent} is what the orders
 * cost the customer, shipping included. A customer without orders has zeros and no {@code lastOrderAt}.
 */
public record CustomerOrderSummary(long userId, long orderCount, BigDecimal totalSpent, Instant lastOrderAt) {

    public static CustomerOrderSummary none(long userId) {
        return new CustomerOrderSummary(userId, 0, BigDecimal.ZERO.setScale(2), null);
    }
}
