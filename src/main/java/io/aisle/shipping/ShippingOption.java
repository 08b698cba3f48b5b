package io.aisle.shipping;

import java.math.BigDecimal;
import java.time.LocalDate;

public record ShippingOption(long methodId, String name, String carrier, boolean pickup, BigDecimal price, int minDays,
        int maxDays, LocalDate earliest, LocalDate latest) {
}
