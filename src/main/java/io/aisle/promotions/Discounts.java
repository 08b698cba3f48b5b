package io.aisle.promotions;

import java.math.BigDecimal;
import java.util.List;

/**
 * What promotions take off a cart: the promotions that apply, each line's discount (same order as the lines,
 * each between 0 and the line's amount, summing to the applied amounts), and whether shipping is free.
 */
public record Discounts(List<AppliedPromotion> applied, List<BigDecimal> lineDiscounts, boolean freeShipping) {

    public Discounts {
        applied = List.copyOf(applied);
        lineDiscounts = List.copyOf(lineDiscounts);
    }

    /** The sum of the line discounts. */
    public BigDecimal total() {
        return lineDiscounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
