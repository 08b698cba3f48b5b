package io.aisle.catalog.api;

import io.aisle.catalog.Facets;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductSearch;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ProductSuggestions;
import io.aisle.catalog.ScoredProduct;
import io.aisle.catalog.SearchAnswer;
import io.aisle.catalog.SearchMode;
import io.aisle.catalog.SearchSuggestions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog")
@RestController
class ProductSearchController {

    private static final int DEFAULT_LIMIT = 10;
    private static final int DEFAULT_SUGGESTIONS = 5;

    private final ProductSearch search;
    private final ProductSuggestions suggestions;
    private final ProductService products;

    ProductSearchController(ProductSearch search, ProductSuggestions suggestions, ProductService products) {
        this.search = search;
        this.suggestions = suggestions;
        this.products = products;
    }

    /**
     * The ranked answer: the query and mode as understood, the products best first (empty when nothing
     * matches), the query spelt the catalog's way when a word was not, and the facet counts of all found.
     */
    record SearchResults(String query, String mode, List<ScoredProduct> results, String didYouMean, Facets facets) {
    }

    @Operation(summary = "Search products by words, by meaning, or both",
            description = "mode=hybrid (default) fuses the text and the semantic ranking by reciprocal rank fusion; "
                    + "semantic ranks by the cosine similarity of sentence embeddings; text by BM25 over name, brand "
                    + "and description, tolerating typos. A product is found by meaning alone only when it is near "
                    + "enough (a threshold calibrated on the evaluation set): a query that matches nothing answers "
                    + "with no results, and with didYouMean when a word is one or two letters from a catalog word. "
                    + "\"under $50\", \"over $100\", \"between $20 and $40\" and \"in stock\" in q are conditions, not "
                    + "words. category, brand, minPrice, maxPrice, minRating (1-5), inStock and option (an option value "
                    + "as name:value, e.g. Size:M) narrow the results; "
                    + "facets count all found products under those filters. Scores are comparable within one answer "
                    + "only. limit is 1 to 100 (default 10).")
    @GetMapping("/api/v1/products/search")
    SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String mode,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String category,
            @RequestParam(required = false) String brand, @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice, @RequestParam(required = false) Integer minRating,
            @RequestParam(required = false) Boolean inStock, @RequestParam(required = false) String option) {
        SearchMode searchMode = SearchMode.parse(mode);
        ProductQuery filters = new ProductQuery(null, category, minPrice, maxPrice, null, null, inStock, null, null, brand,
                minRating, ProductQuery.OptionValue.parse(option));
        SearchAnswer answer = search.answer(q, searchMode, filters, limit == null ? DEFAULT_LIMIT : limit);
        return new SearchResults(q.strip(), searchMode.name().toLowerCase(Locale.ROOT), answer.results(),
                answer.didYouMean(), answer.facets());
    }

    @Operation(summary = "Suggestions as the customer types",
            description = "Products whose words match q (the last word may be partial; a misspelt word finds the "
                    + "nearest catalog word), and the categories and brands with a word beginning with q, at most "
                    + "limit (1 to 10, default 5) of each. Answered from memory, without the embedding model.")
    @GetMapping("/api/v1/products/suggest")
    SearchSuggestions suggest(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit) {
        return suggestions.suggest(q, limit == null ? DEFAULT_SUGGESTIONS : limit);
    }

    @Operation(summary = "Facet counts of a product listing",
            description = "For the listing GET /api/v1/products would give with the same filters (all its pages): "
                    + "products per category, brand (the 20 most common), price band, minimum rating, in stock, and per "
                    + "variant option value (option=Size:M narrows to products with such a variant).")
    @GetMapping("/api/v1/products/facets")
    Facets facets(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String brand, @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice, @RequestParam(required = false) Integer minRating,
            @RequestParam(required = false) Boolean inStock, @RequestParam(required = false) String option) {
        return products.facets(new ProductQuery(q, category, minPrice, maxPrice, null, null, inStock, null, null, brand,
                minRating, ProductQuery.OptionValue.parse(option)));
    }
}
