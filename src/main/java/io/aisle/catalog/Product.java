package io.aisle.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product as customers see it. {@code ratingAverage} is 0 while {@code ratingCount} is 0. {@code taxClass}
 * names the tax rates that apply to it (standard, reduced, zero); {@code weightGrams} is its shipping weight
 * (0 when not known).
 */
public record Product(
        long id,
        String sku,
        String name,
        String brand,
        CategoryRef category,
        String description,
        BigDecimal price,
        String currency,
        int stock,
        String imageUrl,
        BigDecimal ratingAverage,
        int ratingCount,
        Instant createdAt,
        String taxClass,
        int weightGrams) {

    public record CategoryRef(String slug, String name) {
    }

    public boolean inStock() {
        return stock > 0;
    }
}
