package io.aisle.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money arithmetic in minor units (cents). Prices are stored as {@code DECIMAL(12,2)} and travel as
 * {@link BigDecimal}; every calculation that can produce fractions of a cent (percentages, tax rates,
 * splitting a discount over lines) works on whole minor units and rounds once, with {@link #ROUNDING}:
 * half up, that is half a cent and more goes up, less goes down. Amounts here are never negative.
 */
public final class Money {

    /** The one rounding rule of the shop (documented in docs/checkout.md). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final int SCALE = 2;

    private Money() {
    }

    /** The amount in minor units; an amount with more than two decimals is rounded by {@link #ROUNDING}. */
    public static long toMinor(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING).movePointRight(SCALE).longValueExact();
    }

    /** Minor units as an amount with two decimals. */
    public static BigDecimal fromMinor(long minor) {
        return BigDecimal.valueOf(minor, SCALE);
    }

    /** {@code amount × rate}, rounded to a minor unit by {@link #ROUNDING}. */
    public static long times(long amount, BigDecimal rate) {
        return BigDecimal.valueOf(amount).multiply(rate).setScale(0, ROUNDING).longValueExact();
    }

    /** {@code amount × numerator / denominator}, rounded to a minor unit by {@link #ROUNDING}. */
    public static long share(long amount, long numerator, long denominator) {
        if (denominator == 0) {
            return 0;
        }
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, ROUNDING).longValueExact();
    }
}
