package io.aisle.promotions;

import java.math.BigDecimal;

/** One cart line as promotions see it: which product, in which category, at what price, how many. */
public record PromotionLine(long productId, String categorySlug, BigDecimal unitPrice, int quantity) {
}
