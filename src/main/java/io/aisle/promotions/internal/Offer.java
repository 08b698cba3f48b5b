package io.aisle.promotions.internal;

import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionKind;
import java.util.Arrays;

/** What one promotion would take off each line on its own, before it is combined with others. */
public record Offer(Promotion promotion, long[] lineDiscounts) {

    public long amount() {
        return Arrays.stream(lineDiscounts).sum();
    }

    public boolean freeShipping() {
        return promotion.kind() == PromotionKind.FREE_SHIPPING;
    }

    /**
     * Whether it competes under the combining rule: a promotion not marked stackable. Free shipping never
     * competes: it takes nothing off the lines, so it cannot take away from another promotion's discount.
     */
    public boolean competes() {
        return !promotion.stackable() && !freeShipping();
    }

    /** Whether the customer gets anything from it. */
    public boolean givesSomething() {
        return freeShipping() || amount() > 0;
    }
}
