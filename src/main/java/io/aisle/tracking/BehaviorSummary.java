package io.aisle.tracking;

import java.time.Duration;
import java.time.Instant;

/**
 * One customer's behaviour as it stood at {@code cutoff}: only events before the cutoff count.
 *
 * <p>Days are UTC calendar days. A session is a day with any event: the events carry no session id,
 * and a day is what the shop's rhythm (visit, come back tomorrow) is measured in. An abandoned cart is a
 * day with an {@code ADD_TO_CART} and no {@code CHECKOUT}: a basket left that day, whether or not it was
 * bought later.
 *
 * @param viewsLast30Days product views in [cutoff − 30 days, cutoff)
 * @param viewsPrevious30Days product views in [cutoff − 60 days, cutoff − 30 days), for the trend
 */
public record BehaviorSummary(long userId, Instant cutoff, long sessions, long productViews, long searches,
        long cartAdds, long checkouts, long abandonedCarts, Instant lastEventAt, long viewsLast30Days,
        long viewsPrevious30Days) {

    /** Fractional days from the last event to the cutoff; 0 without events. */
    public double daysSinceLastEvent() {
        return lastEventAt == null ? 0 : Duration.between(lastEventAt, cutoff).toMillis() / 86_400_000.0;
    }
}
