package io.aisle.promotions;

import java.time.Instant;

/** A code issued to one customer: the promotion that holds it, the code, its owner and when it expires. */
public record PersonalCode(long promotionId, String code, long customerId, Instant expiresAt) {
}
