package io.aisle.ordering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * One customer's orders as they stood at {@code cutoff}: only orders placed before it count, and an
 * order counts as a cancellation only if it had been cancelled before the cutoff (one cancelled later
 * was still a live order then, and knowing otherwise would leak the future into the features).
 *
 * <p>Money is the order {@code total}, what the customer paid, shipping included. All "days" are
 * fractional days (86,400 seconds). Conventions where a figure is undefined: a customer with no live
 * order has zero spend, no first or last order time and zero recency and tenure; the mean gap between
 * consecutive orders is 0 below two orders, its (sample) standard deviation 0 below three.
 *
 * @param meanDaysBetweenOrders mean of the gaps between consecutive live orders
 * @param stdDaysBetweenOrders sample standard deviation of those gaps
 * @param ordersLast30Days live orders in [cutoff − 30 days, cutoff)
 * @param ordersPrevious30Days live orders in [cutoff − 60 days, cutoff − 30 days), for the trend
 */
public record CustomerPurchases(long userId, Instant cutoff, long orderCount, BigDecimal totalSpend,
        Instant firstOrderAt, Instant lastOrderAt, double meanDaysBetweenOrders, double stdDaysBetweenOrders,
        long distinctCategories, long cancelledOrders, long ordersLast30Days, BigDecimal spendLast30Days,
        long ordersPrevious30Days, BigDecimal spendPrevious30Days) {

    private static final double SECONDS_PER_DAY = 86_400;

    /** Total spend per live order, to the cent; 0 without orders. */
    public BigDecimal averageOrderValue() {
        return orderCount == 0 ? BigDecimal.ZERO.setScale(2)
                : totalSpend.divide(BigDecimal.valueOf(orderCount), 2, RoundingMode.HALF_UP);
    }

    /** Days from the last live order to the cutoff; 0 without orders. */
    public double recencyDays() {
        return daysUntilCutoff(lastOrderAt);
    }

    /** Days from the first live order to the cutoff; 0 without orders. */
    public double tenureDays() {
        return daysUntilCutoff(firstOrderAt);
    }

    private double daysUntilCutoff(Instant from) {
        return from == null ? 0 : Duration.between(from, cutoff).toMillis() / 1000.0 / SECONDS_PER_DAY;
    }
}
