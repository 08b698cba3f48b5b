package io.aisle.catalog.api;

import io.aisle.catalog.ProductSearch;
import io.aisle.catalog.ScoredProduct;
import io.aisle.catalog.SearchMode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog")
@RestController
class ProductSearchController {

    private static final int DEFAULT_LIMIT = 10;

    private final ProductSearch search;

    ProductSearchController(ProductSearch search) {
        this.search = search;
    }

    /** The ranked answer: the query and mode as understood, and the products best first. */
    record SearchResults(String query, String mode, List<ScoredProduct> results) {
    }

    @Operation(summary = "Search products by words, by meaning, or both",
            description = "mode=hybrid (default) fuses the text and the semantic ranking by reciprocal rank fusion; "
                    + "semantic ranks by the cosine similarity of sentence embeddings; text by BM25 over name, brand "
                    + "and description. Scores are comparable within one answer only. limit is 1 to 100 (default 10).")
    @GetMapping("/api/v1/products/search")
    SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String mode,
            @RequestParam(required = false) Integer limit) {
        SearchMode searchMode = SearchMode.parse(mode);
        List<ScoredProduct> results = search.search(q, searchMode, limit == null ? DEFAULT_LIMIT : limit);
        return new SearchResults(q.strip(), searchMode.name().toLowerCase(Locale.ROOT), results);
    }
}
