package io.aisle.promotions;

import java.math.BigDecimal;

/** A promotion with how often it was redeemed and how much it took off in all. */
public record PromotionUsage(Promotion promotion, long redemptions, BigDecimal discounted) {
}
