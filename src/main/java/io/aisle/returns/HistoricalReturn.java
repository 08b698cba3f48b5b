package io.aisle.returns;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A return of an imported history: goods of an earlier order of the customer taken back and refunded at
 * {@code returnedAt}. The history says what was refunded, not always which order the goods came from;
 * {@code orderId} is the order it is filed under.
 *
 * @param note what the history called it (for example the cancellation invoice's number)
 */
public record HistoricalReturn(long orderId, long userId, Instant returnedAt, BigDecimal refund, String note) {

    public HistoricalReturn {
        if (refund.signum() <= 0) {
            throw new IllegalArgumentException("a refund must be positive: " + refund);
        }
    }
}
