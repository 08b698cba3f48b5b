package io.aisle.assistant.internal;

import java.math.BigDecimal;

/**
 * What a customer's question narrows a product search to: a price range (both ends included), a category
 * (slug or name), one brand, a lowest average rating (0 to 5) and whether only products in stock count.
 * Every part is optional. The offline responder reads them from the question; an LLM passes them as the
 * search tool's parameters. {@link ProductLookup} checks them against the catalog.
 */
public record SearchFilters(BigDecimal minPrice, BigDecimal maxPrice, String category, String brand,
        BigDecimal minRating, Boolean inStock) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null);

    public SearchFilters {
        category = category == null || category.isBlank() ? null : category.strip();
        brand = brand == null || brand.isBlank() ? null : brand.strip();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether it narrows by price, category or rating: more than naming a brand or asking about stock. */
    public boolean narrows() {
        return minPrice != null || maxPrice != null || category != null || minRating != null;
    }

    public SearchFilters withoutStock() {
        return new SearchFilters(minPrice, maxPrice, category, brand, minRating, null);
    }

    public SearchFilters inStockOnly() {
        return new SearchFilters(minPrice, maxPrice, category, brand, minRating, true);
    }
}
