package io.aisle.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A product written in bulk ({@link CatalogBulkLoad}): its variants (one without options when
 * {@code optionNames} is empty) and its reviews, by reviewers who have no account. {@code meaning} is the
 * text whose embedding stands for the product's in semantic search: products with the same meaning share
 * one model call (a generated catalog repeats its nouns and features; its brands and model numbers mean
 * nothing to the model).
 */
public record BulkProduct(String sku, String name, String brand, String category, String description, String meaning,
        String taxClass, int weightGrams, Instant createdAt, List<String> optionNames, List<Variant> variants,
        List<Review> reviews) {

    public BulkProduct {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a product has at least one variant: " + sku);
        }
        optionNames = List.copyOf(optionNames);
        variants = List.copyOf(variants);
        reviews = List.copyOf(reviews);
    }

    /** A variant: its option values in the order of the product's option names. */
    public record Variant(String sku, List<String> values, BigDecimal price, BigDecimal compareAtPrice, int stock) {
    }

    /** A review by a made-up reviewer. */
    public record Review(String author, int rating, String body) {
    }

    BigDecimal lowestPrice() {
        return cheapest().price();
    }

    BigDecimal highestPrice() {
        return variants.stream().map(Variant::price).max(BigDecimal::compareTo).orElseThrow();
    }

    /** The compare-at price of the cheapest variant when it is on sale, as the product row keeps it. */
    BigDecimal compareAtPrice() {
        Variant cheapest = cheapest();
        return cheapest.compareAtPrice() != null && cheapest.compareAtPrice().compareTo(cheapest.price()) > 0
                ? cheapest.compareAtPrice() : null;
    }

    int stock() {
        return variants.stream().mapToInt(Variant::stock).sum();
    }

    BigDecimal ratingAverage() {
        return reviews.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(reviews.stream().mapToInt(Review::rating).average().orElse(0))
                        .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private Variant cheapest() {
        Variant cheapest = variants.get(0);
        for (Variant v : variants) {
            if (v.price().compareTo(cheapest.price()) < 0) {
                cheapest = v;
            }
        }
        return cheapest;
    }
}
