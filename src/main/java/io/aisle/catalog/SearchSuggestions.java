package io.aisle.catalog;

import java.util.List;

/** What to offer as a customer types {@code query}: products, categories and brands, best first. */
public record SearchSuggestions(String query, List<Product> products, List<Product.CategoryRef> categories,
        List<String> brands) {
}
