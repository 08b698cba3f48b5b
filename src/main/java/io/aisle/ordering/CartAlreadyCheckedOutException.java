package io.aisle.ordering;

import io.aisle.platform.ConflictException;

/**
 * Another checkout of the same cart (a second tab, a double click, a retry with another idempotency key)
 * took it while this one waited for it: that checkout made the one order, this one makes none.
 */
public class CartAlreadyCheckedOutException extends ConflictException {

    public CartAlreadyCheckedOutException() {
        super("Cart already checked out", "Your cart was just checked out by another request, which placed the "
                + "order: see your orders. Nothing more was ordered or charged.");
    }
}
