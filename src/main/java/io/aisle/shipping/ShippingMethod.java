package io.aisle.shipping;

import io.aisle.platform.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A way to ship within a zone. Bands are sorted by {@code from}; {@code freeFrom} (optional) is the
 * subtotal from which the method costs nothing, whatever its rate.
 */
public record ShippingMethod(long id, long zoneId, String name, String carrier, boolean pickup, boolean active,
        int sortOrder, RateKind rateKind, List<RateBand> bands, BigDecimal freeFrom, int minDays, int maxDays) {

    public ShippingMethod {
        bands = List.copyOf(bands);
    }

    /**
     * What this method costs for an order of this subtotal and weight, in minor units; empty when the
     * subtotal or weight lies below the first band (the method does not apply).
     */
    Optional<Long> priceMinor(long subtotalMinor, int weightGrams) {
        if (freeFrom != null && subtotalMinor >= Money.toMinor(freeFrom)) {
            return Optional.of(0L);
        }
        long measure = switch (rateKind) {
            case FLAT -> 0;
            case BY_SUBTOTAL -> subtotalMinor;
            // grams are kept with two decimals like amounts, so the same comparison in hundredths works
            case BY_WEIGHT -> weightGrams * 100L;
        };
        Long price = null;
        for (RateBand band : bands) {
            if (Money.toMinor(band.from()) <= measure) {
                price = Money.toMinor(band.price());
            }
        }
        return Optional.ofNullable(price);
    }
}
