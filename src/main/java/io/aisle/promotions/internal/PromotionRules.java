package io.aisle.promotions.internal;

import io.aisle.platform.InvalidRequestException;
import io.aisle.promotions.PromotionForm;
import io.aisle.promotions.PromotionKind;
import java.math.BigDecimal;

/**
 * The rules between a promotion's fields that bean validation cannot express. Returns the form as stored:
 * code stripped (blank: none), fields the kind does not use cleared.
 */
public final class PromotionRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PromotionRules() {
    }

    public static PromotionForm check(PromotionForm f) {
        BigDecimal value = f.value();
        switch (f.kind()) {
            case PERCENTAGE, BUY_X_GET_Y -> {
                if (value == null || value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
                    throw new InvalidRequestException("value", "must be a percentage above 0 and at most 100");
                }
            }
            case FIXED_AMOUNT -> {
                if (value == null || value.signum() <= 0) {
                    throw new InvalidRequestException("value", "must be an amount above 0");
                }
            }
            case FREE_SHIPPING -> value = BigDecimal.ZERO;
        }
        boolean buyXGetY = f.kind() == PromotionKind.BUY_X_GET_Y;
        if (buyXGetY && f.buyQuantity() == null) {
            throw new InvalidRequestException("buyQuantity", "is required for BUY_X_GET_Y");
        }
        if (buyXGetY && f.discountedQuantity() == null) {
            throw new InvalidRequestException("discountedQuantity", "is required for BUY_X_GET_Y");
        }
        if (f.startsAt() != null && f.endsAt() != null && !f.endsAt().isAfter(f.startsAt())) {
            throw new InvalidRequestException("endsAt", "must be after startsAt");
        }
        String code = f.code() == null || f.code().isBlank() ? null : f.code().strip();
        return new PromotionForm(f.name(), code, f.kind(), value, buyXGetY ? f.buyQuantity() : null,
                buyXGetY ? f.discountedQuantity() : null, f.minSubtotal(), f.productIds(), f.categorySlugs(),
                f.firstOrderOnly(), f.startsAt(), f.endsAt(), f.usageLimit(), f.perCustomerLimit(), f.stackable());
    }
}
