package io.aisle.assistant.offline;

import io.aisle.assistant.internal.SearchFilters;
import java.util.List;

/**
 * The constraints a question puts on the products it asks for, as search filters, the phrases that said
 * them ("under $50", "in stock", "from Sony"), and the question with those phrases taken out. A brand
 * named in passing, without "from" or "by" ("sony headphones"), is also kept as {@code bareBrand}: it
 * may be part of a product's name instead ("the Glacier Thermos" by another brand).
 */
record Constraints(SearchFilters filters, List<String> phrases, String rest, String bareBrand) {

    /** Without the brand named in passing: its words go back among the product words. */
    Constraints withoutBareBrand() {
        SearchFilters f = filters;
        return new Constraints(new SearchFilters(f.minPrice(), f.maxPrice(), f.category(), null, f.minRating(),
                f.inStock()), phrases.stream().filter(p -> !p.equals("from " + f.brand())).toList(),
                rest + " " + bareBrand.toLowerCase(java.util.Locale.ROOT), null);
    }

    /** "under $50, in stock", or empty when the question named none. */
    String said() {
        return String.join(", ", phrases);
    }
}
