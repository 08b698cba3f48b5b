package io.aisle.ordering;

import io.aisle.platform.ConflictException;

/**
 * The checkout ran so long that reconciliation took its charge for an abandoned one and gave the money back
 * before the order could commit: the order is rolled back, so the customer is charged nothing.
 */
public class ChargeVoidedException extends ConflictException {

    public ChargeVoidedException(long orderId) {
        super("Payment voided", "The payment for order " + orderId + " was given back because the checkout did not "
                + "finish in time. Nothing was ordered; please check out again.");
    }
}
