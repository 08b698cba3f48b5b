package io.aisle.shipping;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A shipping method as offered for one query: its price for that subtotal and weight (0.00 when the
 * order reaches the method's free-from threshold) and the delivery estimate, {@code minDays} to
 * {@code maxDays} calendar days from today (UTC), as dates.
 */
public record ShippingOption(long methodId, String name, String carrier, boolean pickup, BigDecimal price,
        int minDays, int maxDays, LocalDate earliest, LocalDate latest) {
}
