package io.aisle.shipping;

import io.aisle.platform.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What shipping is priced for: the destination (ISO 3166 country, optional region code), the order's
 * subtotal after line discounts, and its total weight in grams. Country and region are stripped and
 * upper-cased, a blank region is none; an impossible value is an {@link InvalidRequestException} naming it.
 */
public record ShippingQuery(String country, String region, BigDecimal subtotal, int weightGrams) {

    public ShippingQuery {
        country = Countries.checked("country", country);
        region = region == null || region.isBlank() ? null : region.strip().toUpperCase(Locale.ROOT);
        if (region != null && !Countries.isRegionCode(region)) {
            throw new InvalidRequestException("region", "must be a region code of 1 to 10 letters or digits");
        }
        if (subtotal == null) {
            throw new InvalidRequestException("subtotal", "is required");
        }
        if (subtotal.signum() < 0 || subtotal.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException("subtotal", "must be an amount of 0 or more with at most two decimals");
        }
        if (weightGrams < 0) {
            throw new InvalidRequestException("weightGrams", "must be 0 or more");
        }
    }
}
