package io.aisle.promotions;

/** What a promotion gives. */
public enum PromotionKind {
    /** {@code value} percent off the eligible lines. */
    PERCENTAGE,
    /** {@code value} off the eligible lines, shared over them in proportion to their amounts. */
    FIXED_AMOUNT,
    /** Shipping costs nothing; the checkout prices the shipping it waives. */
    FREE_SHIPPING,
    /** For every {@code buyQuantity} eligible units bought, {@code discountedQuantity} more (the cheapest) at {@code value} percent off. */
    BUY_X_GET_Y
}
