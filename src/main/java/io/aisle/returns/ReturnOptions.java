package io.aisle.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What of an order its customer may return now: {@code open} when it is delivered, within the window (until
 * {@code until}, null before delivery) and has units left; {@code windowClosed} once the window has passed;
 * {@code lines} with the units left of each line.
 */
public record ReturnOptions(boolean open, boolean windowClosed, Instant until, List<Returnable> lines) {

    /** A line of the order, with the units not yet in a return and what one unit paid. */
    public record Returnable(long productId, long variantId, String name, int left, BigDecimal unitPaid) {
    }
}
