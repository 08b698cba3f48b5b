package io.aisle.catalog;

import io.aisle.platform.InvalidRequestException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Locale;

/** The orders a product listing can come in; {@code relevance} needs a text query to mean anything. */
public enum ProductSort {
    RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST, RATING, NAME;

    /**
     * The order of this sort for products in memory, as the SQL listing orders them; for
     * {@code RELEVANCE}, empty: relevance is the order of the ranking itself.
     */
    public Optional<Comparator<Product>> comparator() {
        Comparator<Product> byId = Comparator.comparingLong(Product::id);
        return Optional.ofNullable(switch (this) {
            case RELEVANCE -> null;
            case PRICE_ASC -> Comparator.comparing(Product::price).thenComparing(byId);
            case PRICE_DESC -> Comparator.comparing(Product::price).reversed().thenComparing(byId);
            case NEWEST -> Comparator.comparing(Product::createdAt).thenComparing(byId).reversed();
            case RATING -> Comparator.comparing(Product::ratingAverage).reversed()
                    .thenComparing(Comparator.comparingInt(Product::ratingCount).reversed()).thenComparing(byId);
            case NAME -> Comparator.comparing(Product::name, String.CASE_INSENSITIVE_ORDER).thenComparing(byId);
        });
    }

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
