package io.aisle.ordering;

import java.math.BigDecimal;

/**
 * Charges customers through a payment provider. Called as the last step of the checkout transaction,
 * so a declined charge rolls the whole order back.
 */
public interface PaymentGateway {

    /**
     * Charges the amount and returns the provider's payment reference.
     *
     * @throws PaymentDeclinedException when the provider refuses the charge
     */
    String charge(Charge charge);

    /** One charge; {@code orderId} doubles as the provider-side idempotency key. */
    record Charge(long orderId, long userId, BigDecimal amount, String currency, String paymentToken) {
    }
}
