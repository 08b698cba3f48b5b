package io.aisle.returns;

import java.math.BigDecimal;

/**
 * One customer's returns requested before a cutoff and not rejected: how many, and what they refunded or
 * are to refund (the lines' amounts while a refund is still open), for insights' models.
 */
public record CustomerReturns(long userId, long returns, BigDecimal value) {
}
