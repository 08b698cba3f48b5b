package io.aisle.catalog;

import io.aisle.platform.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;

/** The orders a product listing can come in; {@code relevance} needs a text query to mean anything. */
public enum ProductSort {
    RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST, RATING, NAME;

    public static ProductSort parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("sort", "must be one of " + Arrays.stream(values())
                    .map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
