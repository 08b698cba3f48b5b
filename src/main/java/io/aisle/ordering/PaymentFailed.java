package io.aisle.ordering;

/**
 * An order's payment did not come: the provider refused it, or the customer did not finish paying before the
 * order's stock reservation ended. The order is cancelled and its stock released (published with
 * {@link OrderStatusChanged}); {@code userId} is null for a guest; {@code email} is where to write.
 */
public record PaymentFailed(long orderId, Long userId, String email, String reason) {
}
