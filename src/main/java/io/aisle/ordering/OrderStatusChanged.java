package io.aisle.ordering;

/** An order moved from one status to the next. */
public record OrderStatusChanged(long orderId, long userId, OrderStatus from, OrderStatus to) {
}
