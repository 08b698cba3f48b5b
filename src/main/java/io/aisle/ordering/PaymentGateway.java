package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment provider, chosen by configuration ({@code aisle.payments.provider}: {@code simulated}, the default,
 * or {@code stripe}). Checkout starts the payment as the last step of its transaction ({@link #start}): a provider
 * that takes the money at once (the simulated one) answers {@link PaymentStart.Outcome#PAID}, and a declined
 * payment rolls the whole order back; a provider where the customer confirms the payment on their side (Stripe's
 * Payment Element, 3-D Secure) answers {@link PaymentStart.Outcome#PENDING} with what the page needs, and the order
 * waits, holding its stock, until the provider tells the shop how it ended ({@link PaymentUpdates}).
 *
 * <p>Every call that moves money carries an idempotency key, so a retried call takes or gives back money once.
 * The provider keeps its own books: reconciliation ({@code reconcile-payments}) lists its charges and compares
 * them with the shop's ledger.
 */
public interface PaymentGateway {

    /** The provider's name as configured ({@code simulated}, {@code stripe}); stored on each order. */
    String provider();

    /**
     * Starts paying for an order. Idempotent per order: starting the same order again answers the first start.
     *
     * @throws PaymentDeclinedException when the provider refuses the payment at once
     * @throws PaymentProviderException when the provider's answer is lost; it may have charged
     */
    PaymentStart start(Charge charge);

    /**
     * What the customer's page needs to go on paying for a pending payment (Stripe: the PaymentIntent's client
     * secret), or null when the payment is no longer waiting for the customer.
     */
    String resume(String reference);

    /**
     * Takes the money of an authorized payment (manual capture). Idempotent: capturing again changes nothing.
     *
     * @throws PaymentProviderException when the provider refuses or does not answer
     */
    void capture(String reference, BigDecimal amount, String idempotencyKey);

    /**
     * Calls off a payment that has not taken money (the order's reservation ended, or the order was cancelled
     * before it was paid). Idempotent. Answers false when the payment took the money meanwhile: then its success
     * is on the way and is handled as a late payment.
     */
    boolean cancel(String reference);

    /**
     * Gives back part or all of a payment and answers the refund's reference. Idempotent per
     * {@link Refund#idempotencyKey()}: the same key answers the first refund's reference and gives back nothing
     * more.
     *
     * @throws PaymentProviderException when the provider refuses or does not answer; the refund may have happened,
     *         and retrying with the same key is safe
     */
    String refund(Refund refund);

    /** The provider's successful charges made from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<ProviderCharge> charges(Instant from, Instant to);

    /**
     * One payment to start. {@code orderId} is also the provider-side idempotency key; {@code userId} is null for a
     * guest; {@code paymentToken} is the simulated provider's test token (ignored by real providers).
     */
    record Charge(long orderId, Long userId, String email, BigDecimal amount, String currency, String paymentToken) {
    }

    /**
     * How a started payment stands: {@code PAID} (money taken), {@code AUTHORIZED} (held, to be captured) or
     * {@code PENDING} (the customer must confirm it with the provider, using {@code clientSecret}).
     * {@code reference} is the provider's id of the payment (a charge, or a Stripe PaymentIntent).
     */
    record PaymentStart(Outcome outcome, String reference, String clientSecret) {

        public enum Outcome {
            PAID, AUTHORIZED, PENDING
        }
    }

    /** Part or all of a payment to give back; {@code reference} is the payment's (charge or PaymentIntent) id. */
    record Refund(long orderId, String reference, BigDecimal amount, String currency, String idempotencyKey,
            String reason) {
    }

    /** A charge as the provider records it; {@code refundReference} is null until it is refunded in full. */
    record ProviderCharge(long orderId, String reference, BigDecimal amount, String currency, Instant createdAt,
            String refundReference) {

        public boolean refunded() {
            return refundReference != null;
        }
    }
}
