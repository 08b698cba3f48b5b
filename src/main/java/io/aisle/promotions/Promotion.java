package io.aisle.promotions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A promotion as the admin set it up. No {@code code}: automatic. Empty {@code productIds} and
 * {@code categorySlugs}: every product is eligible; otherwise a line is eligible when its product or its
 * category is named. Null limits, dates and minimum: none. A {@code customerUserId} makes the code
 * personal: only a checkout by that signed-in account may use it (see {@link PersonalCodes}).
 */
public record Promotion(long id, String name, String code, PromotionKind kind, BigDecimal value,
        Integer buyQuantity, Integer discountedQuantity, BigDecimal minSubtotal, List<Long> productIds,
        List<String> categorySlugs, boolean firstOrderOnly, Instant startsAt, Instant endsAt, Integer usageLimit,
        Integer perCustomerLimit, boolean stackable, PromotionStatus status, Instant createdAt, Instant updatedAt,
        Long customerUserId) {

    public Promotion {
        productIds = List.copyOf(productIds);
        categorySlugs = List.copyOf(categorySlugs);
    }

    public boolean personal() {
        return customerUserId != null;
    }

    public boolean automatic() {
        return code == null;
    }

    /** Whether the line is one this promotion discounts (or counts, for buy X get Y). */
    public boolean targets(PromotionLine line) {
        return productIds.isEmpty() && categorySlugs.isEmpty() || productIds.contains(line.productId())
                || categorySlugs.contains(line.categorySlug());
    }
}
