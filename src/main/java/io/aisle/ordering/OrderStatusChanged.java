package io.aisle.ordering;

/** An order moved from one status to the next. */
public record OrderStatusChanged(long orderId, Long userId, OrderStatus from, OrderStatus to) {
}
