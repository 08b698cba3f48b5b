package io.aisle.shipping;

import java.math.BigDecimal;

/**
 * One step of a method's rate: from {@code from} (a subtotal for {@link RateKind#BY_SUBTOTAL}, grams for
 * {@link RateKind#BY_WEIGHT}, 0 for {@link RateKind#FLAT}) up to the next band's {@code from}, the method
 * costs {@code price}.
 */
public record RateBand(BigDecimal from, BigDecimal price) {
}
