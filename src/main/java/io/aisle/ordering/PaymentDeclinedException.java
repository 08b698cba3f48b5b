package io.aisle.ordering;

import io.aisle.platform.AisleException;

/** The payment provider refused the charge; the checkout is rolled back, so nothing was ordered. */
public class PaymentDeclinedException extends AisleException {

    public PaymentDeclinedException() {
        super(402, "Payment declined",
                "The payment was declined. Nothing was ordered and your cart is unchanged; try another payment method.");
    }
}
