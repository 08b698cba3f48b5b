package io.aisle.ordering;

import java.math.BigDecimal;

/**
 * What a payment provider tells the shop about a payment after checkout (Stripe's webhooks): it succeeded (the
 * money taken, or only authorized), or it failed. Each call is idempotent and moves the order's payment only
 * forward, so a replayed or late event changes nothing; events for unknown payments are ignored. A payment that
 * succeeds after its order's reservation ended gets its stock back if there is enough, else it is refunded in
 * full: never oversold.
 */
public interface PaymentUpdates {

    /** The payment {@code reference} took {@code amount} ({@code captured}), or holds it to be captured later. */
    void succeeded(String provider, String reference, BigDecimal amount, boolean captured);

    /** The payment {@code reference} failed for good; {@code reason} is the provider's words, for the customer. */
    void failed(String provider, String reference, String reason);
}
