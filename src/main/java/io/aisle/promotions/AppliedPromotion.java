package io.aisle.promotions;

import java.math.BigDecimal;

/**
 * A promotion a cart gets: the sum of its line discounts ({@code amount}), and whether it waives shipping.
 * {@code code} is null for an automatic promotion.
 */
public record AppliedPromotion(long promotionId, String code, String label, BigDecimal amount, boolean freeShipping) {
}
