package io.aisle.returns;

import java.math.BigDecimal;

/**
 * Units of one order line sent back: {@code amount} is what they paid (their share of the line after its
 * discount, with its tax when prices exclude tax), {@code unitRefund} the same per unit, rounded for display.
 */
public record ReturnLine(long productId, long variantId, String name, int quantity, BigDecimal unitRefund, BigDecimal amount) {
}
