package io.aisle.catalog;

import io.aisle.platform.InvalidRequestException;
import java.util.Locale;

/**
 * Where a product is in its life: a draft is being prepared and only the admin sees it; an active product is sold
 * (from its publishing time, when it has one); an archived one is no longer sold, while past orders, returns and
 * reviews keep referring to it.
 */
public enum ProductStatus {
    DRAFT, ACTIVE, ARCHIVED;

    /** The status named by {@code value} in any case; null or blank is {@code fallback}. */
    public static ProductStatus parse(String value, ProductStatus fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "must be draft, active or archived");
        }
    }
}
