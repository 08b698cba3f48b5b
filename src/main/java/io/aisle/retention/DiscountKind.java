package io.aisle.retention;

/** What a campaign's personal codes take off a cart: a percentage, or a fixed amount, of the whole order. */
public enum DiscountKind {
    PERCENTAGE,
    FIXED_AMOUNT
}
