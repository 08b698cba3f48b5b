package io.aisle.retention;

import java.math.BigDecimal;

/**
 * One arm's outcome in the measured window: every customer randomised into the arm (deleted accounts too), those who bought, those
 * who redeemed their code (treated only), what they spent in all, the repurchase rate (Wilson interval) and the
 * spend per customer (t interval).
 */
public record ArmFigures(long customers, long buyers, long redeemed, BigDecimal spend, Estimate repurchaseRate,
        Estimate spendPerCustomer) {
}
