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
 * @param recent the longer windows, decayed counts and order sizes of the live orders
 */
public record CustomerPurchases(long userId, Instant cutoff, long orderCount, BigDecimal totalSpend,
        Instant firstOrderAt, Instant lastOrderAt, double meanDaysBetweenOrders, double stdDaysBetweenOrders,
        long distinctCategories, long cancelledOrders, long ordersLast30Days, BigDecimal spendLast30Days,
        long ordersPrevious30Days, BigDecimal spendPrevious30Days, Recent recent) {

    /**
     * More figures of the live orders before the cutoff: the windows a 90-day forecast needs, counts that fade
     * with age, and the size of orders. "Last 90 days" is [cutoff − 90 d, cutoff), "90 to 180 days back"
     * [cutoff − 180 d, cutoff − 90 d). A purchase day is a UTC calendar day with a live order.
     *
     * @param decayedOrders30 sum over live orders of e^(−age / 30 days)
     * @param decayedOrders90 sum over live orders of e^(−age / 90 days)
     * @param decayedSpend90 sum over live orders of total × e^(−age / 90 days)
     * @param medianOrder the median order total (the mean of the middle two of an even count)
     * @param units items bought (the quantities of the order lines)
     * @param mainCountryShare the share of live orders shipped to the shop's main country: the one most
     *     orders placed before the cutoff shipped to, over all customers
     */
    public record Recent(long purchaseDays, long ordersLast90Days, double spendLast90Days,
            long purchaseDaysLast90Days, long ordersLast180Days, double spend90To180Days, double decayedOrders30,
            double decayedOrders90, double decayedSpend90, double largestOrder, double medianOrder,
            long distinctProducts, long units, double mainCountryShare) {
    }

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
