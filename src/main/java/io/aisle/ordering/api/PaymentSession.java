package io.aisle.ordering.api;

import io.aisle.ordering.Order;
import io.aisle.ordering.PaymentStatus;
import java.time.Instant;

/**
 * What a client needs to finish paying an order: the provider, where the payment stands, and while the order is
 * {@code PENDING} the provider's client secret for its payment form (Stripe's Payment Element) and until when the
 * order holds its items. {@code clientSecret} is null once the order no longer waits for its payment.
 */
record PaymentSession(long orderId, String provider, PaymentStatus paymentStatus, String clientSecret,
        Instant reservedUntil) {

    static PaymentSession of(Order order, String clientSecret) {
        return new PaymentSession(order.id(), order.paymentProvider(), order.paymentStatus(), clientSecret,
                clientSecret == null ? null : order.reservedUntil());
    }
}
