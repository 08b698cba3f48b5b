package io.aisle.promotions;

import java.math.BigDecimal;

public record AppliedPromotion(long promotionId, String code, String label, BigDecimal amount, boolean freeShipping) {
}
