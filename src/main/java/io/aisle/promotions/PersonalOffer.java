package io.aisle.promotions;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a personal code gives and to whom: {@code value} percent or {@code value} off the whole cart (every product),
 * once, for the account {@code customerId} only (whatever its e-mail), until {@code expiresAt}. {@code issueKey} names the reason for the code (for
 * example a campaign's member); the same key always gives the same code.
 */
public record PersonalOffer(String issueKey, String name, long customerId, PromotionKind kind, BigDecimal value,
        Instant expiresAt) {
}
