package io.aisle.shipping;

/** How a method's price is found: one flat price, or bands by order subtotal or by total weight. */
public enum RateKind {
    FLAT, BY_SUBTOTAL, BY_WEIGHT
}
