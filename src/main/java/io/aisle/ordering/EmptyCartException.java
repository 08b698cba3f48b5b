package io.aisle.ordering;

import io.aisle.platform.ConflictException;

/** Checkout with nothing (still listed in the catalog) in the cart. */
public class EmptyCartException extends ConflictException {

    public EmptyCartException() {
        super("Empty cart", "Your cart is empty: add products before checking out.");
    }
}
