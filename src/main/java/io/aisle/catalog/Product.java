package io.aisle.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product as customers see it. {@code ratingAverage} is 0 while {@code ratingCount} is 0. {@code taxClass}
 * names the tax rates that apply to it (standard, reduced, zero); {@code weightGrams} is its shipping weight
 * (0 when not known).
 *
 * <p>As listed, {@code price} is the lowest price of its variants ("from"), {@code maxPrice} the highest,
 * {@code compareAtPrice} the price before the sale of the cheapest variant when that one is on sale, {@code stock} the sum of its
 * variants' stock, and {@code variantId} is null. As one variant ({@link #as}), those are the variant's.
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
        int weightGrams,
        ProductStatus status,
        Instant publishAt,
        BigDecimal maxPrice,
        BigDecimal compareAtPrice,
        Long variantId,
        String variantTitle) {

    public record CategoryRef(String slug, String name) {
    }

    public boolean inStock() {
        return stock > 0;
    }

    /** Whether customers see it now: active, published, not deleted (deleted products are never read as listed). */
    public boolean visible(Instant now) {
        return status == ProductStatus.ACTIVE && (publishAt == null || !publishAt.isAfter(now));
    }

    /** Whether its variants differ in price, so that a listing says "from" its price. */
    public boolean hasPriceRange() {
        return maxPrice != null && maxPrice.compareTo(price) > 0;
    }

    /** Whether it is sold below its compare-at price (for a product as listed: its cheapest variant). */
    public boolean onSale() {
        return compareAtPrice != null && compareAtPrice.compareTo(price) > 0;
    }

    /**
     * This product as one of its variants: the variant's SKU, price, compare-at price, stock and weight, with
     * {@link #variantId} and {@link #variantTitle} set. What a cart line and an order line are priced from.
     */
    public Product as(Variant variant) {
        return new Product(id, variant.sku(), name, brand, category, description, variant.price(), currency,
                variant.stock(), imageUrl, ratingAverage, ratingCount, createdAt, taxClass, variant.weightGrams(),
                status, publishAt, variant.price(), variant.compareAtPrice(), variant.id(), variant.title());
    }

    /** This product with another stock level: a cached listing's product as its stock is now. */
    public Product withStock(int level) {
        return level == stock ? this : new Product(id, sku, name, brand, category, description, price, currency, level,
                imageUrl, ratingAverage, ratingCount, createdAt, taxClass, weightGrams, status, publishAt, maxPrice,
                compareAtPrice, variantId, variantTitle);
    }

    /** The name with the variant's option values, as a cart or order line reads: "Trail Shoe (42 / Blue)". */
    public String lineName() {
        return variantTitle == null || variantTitle.isEmpty() ? name : name + " (" + variantTitle + ")";
    }
}
