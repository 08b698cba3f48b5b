package io.aisle.ordering;

/** The outcome of a checkout; {@code replayed} when an earlier request with the same idempotency key made it. */
public record PlacedOrder(Order order, boolean replayed) {
}
