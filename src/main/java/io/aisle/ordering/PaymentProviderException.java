package io.aisle.ordering;

import io.aisle.platform.AisleException;

/**
 * The payment provider did not answer (or its answer was lost). The checkout is rolled back, so nothing was
 * ordered; if the provider took the money anyway, reconciliation finds that charge without an order and
 * gives it back.
 */
public class PaymentProviderException extends AisleException {

    public PaymentProviderException() {
        super(503, "Payment provider unavailable", "The payment provider did not confirm the payment. Nothing was "
                + "ordered and your cart is unchanged; any amount taken is given back. Please try again shortly.");
    }

    /** The provider did not answer a later call (a refund, a capture); {@code detail} says what to do. */
    public PaymentProviderException(String detail) {
        super(503, "Payment provider unavailable", detail);
    }
}
