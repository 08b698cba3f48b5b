package io.aisle.catalog;

import io.aisle.catalog.search.Hit;
import io.aisle.catalog.search.ProductIndex;
import io.aisle.catalog.search.SearchEngine;
import io.aisle.platform.InvalidRequestException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Suggestions as a customer types in the search box, from the in-memory text index alone (no embedding,
 * no database beyond the product cache), so they keep up with typing: products whose words match (the
 * last word may be partial, a misspelt word finds its nearest), and categories and brands with a word that
 * begins with what was typed.
 */
@Service
public class ProductSuggestions {

    public static final int MAX_LIMIT = 10;

    private final ProductIndex index;
    private final ProductService products;
    private final Clock clock;

    ProductSuggestions(ProductIndex index, ProductService products, Clock clock) {
        this.index = index;
        this.products = products;
        this.clock = clock;
    }

    /** At most {@code limit} (1 to 10) of each; a blank or over-long query is an {@link InvalidRequestException}. */
    public SearchSuggestions suggest(String query, int limit) {
        String typed = ProductSearch.checkQuery(query);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        SearchEngine.Suggested suggested = index.engine().suggest(typed, limit, clock.instant());
        Map<Long, Product> byId = products.findAll(suggested.products().stream().map(Hit::productId).toList()).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        List<Product> found = suggested.products().stream().map(h -> byId.get(h.productId())).filter(p -> p != null).toList();
        return new SearchSuggestions(typed, found, suggested.categories(), suggested.brands());
    }
}
