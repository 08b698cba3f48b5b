package io.aisle.promotions;

import java.math.BigDecimal;
import java.time.Instant;

/** One order's use of a promotion. */
public record Redemption(long id, long promotionId, long orderId, String customerEmail, BigDecimal amount,
        Instant redeemedAt) {
}
