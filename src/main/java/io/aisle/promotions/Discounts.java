package io.aisle.promotions;

import java.math.BigDecimal;
import java.util.List;

public record Discounts(List<AppliedPromotion> applied, List<BigDecimal> lineDiscounts, boolean freeShipping) {
}
