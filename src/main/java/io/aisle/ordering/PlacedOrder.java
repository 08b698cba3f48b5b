package io.aisle.ordering;

/**
 * The order a checkout made; {@code replayed} when an earlier checkout with the same idempotency key made it.
 * {@code link} is the path of a guest's order page (with its unguessable secret), null for a customer's order.
 */
public record PlacedOrder(Order order, boolean replayed, String link) {

    PlacedOrder(Order order, boolean replayed) {
        this(order, replayed, null);
    }
}
