package io.aisle.ordering;

/**
 * The order a checkout made; {@code replayed} when an earlier checkout with the same idempotency key made it.
 * {@code link} is the path of a guest's order page (with its unguessable secret), null for a customer's order.
 * {@code clientSecret} is set while the order waits for the customer to pay with the provider (a {@code PENDING}
 * order): what the provider's payment form on the page needs (Stripe's Payment Element).
 */
public record PlacedOrder(Order order, boolean replayed, String link, String clientSecret) {

    PlacedOrder(Order order, boolean replayed) {
        this(order, replayed, null, null);
    }

    PlacedOrder(Order order, boolean replayed, String link) {
        this(order, replayed, link, null);
    }

    /** Whether the customer still has to pay with the provider. */
    public boolean awaitingPayment() {
        return order.status() == OrderStatus.PENDING;
    }
}
