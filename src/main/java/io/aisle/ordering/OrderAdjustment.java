package io.aisle.ordering;

import java.math.BigDecimal;

/**
 * A line under an order's subtotal: a tax at one rate ({@code rate} a fraction, such as 0.0725), or a
 * promotion's discount on the lines or on shipping ({@code code} when a code was entered). Amounts are
 * positive; a discount is subtracted.
 */
public record OrderAdjustment(Kind kind, String label, String code, Long promotionId, BigDecimal rate,
        BigDecimal amount) {

    public enum Kind {
        TAX, DISCOUNT, SHIPPING_DISCOUNT
    }
}
