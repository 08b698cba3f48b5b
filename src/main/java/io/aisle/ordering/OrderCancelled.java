package io.aisle.ordering;

/** An order was cancelled and its stock put back (published along with {@link OrderStatusChanged}). */
public record OrderCancelled(long orderId, Long userId) {
}
