package io.aisle.promotions;

import java.math.BigDecimal;

public record PromotionLine(long productId, String categorySlug, BigDecimal unitPrice, int quantity) {
}
