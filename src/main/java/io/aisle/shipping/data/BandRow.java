package io.aisle.shipping.data;

import io.aisle.shipping.RateBand;

/** A row of {@code shipping_rate_bands}. */
public record BandRow(long methodId, RateBand band) {
}
