package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Charges customers through a payment provider. Called as the last step of the checkout transaction,
 * so a declined charge rolls the whole order back. The provider keeps its own books: reconciliation
 * ({@code reconcile-payments}) lists its charges and compares them with the shop's ledger, and gives back
 * the money of a charge whose order never committed.
 */
public interface PaymentGateway {

    /**
     * Charges the amount and returns the provider's payment reference. Idempotent per order: charging the
     * same order again returns the first charge's reference and takes no more money.
     *
     * @throws PaymentDeclinedException when the provider refuses the charge
     * @throws PaymentProviderException when the provider's answer is lost; it may have charged
     */
    String charge(Charge charge);

    /** The provider's charges made from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<ProviderCharge> charges(Instant from, Instant to);

    /**
     * Gives the whole charge back and returns the refund's reference. Idempotent per charge: refunding it
     * again returns the first refund's reference.
     */
    String refund(ProviderCharge charge);

    /** One charge; {@code orderId} doubles as the provider-side idempotency key; {@code userId} is null for a guest. */
    record Charge(long orderId, Long userId, BigDecimal amount, String currency, String paymentToken) {
    }

    /** A charge as the provider records it; {@code refundReference} is null until it is refunded. */
    record ProviderCharge(long orderId, String reference, BigDecimal amount, String currency, Instant createdAt,
            String refundReference) {

        public boolean refunded() {
            return refundReference != null;
        }
    }
}
