package io.aisle.promotions.data;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The named parameters of a promotion's row, as the insert and the update bind them. */
record PromotionParams(Long id, String name, String code, String kind, BigDecimal value, Integer buy, Integer discounted,
        BigDecimal minSubtotal, String productIds, String categories, boolean firstOrderOnly, LocalDateTime startsAt,
        LocalDateTime endsAt, Integer usageLimit, Integer perCustomerLimit, boolean stackable, LocalDateTime now) {
}
