package io.aisle.assistant.internal;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductSearch;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ProductSort;
import io.aisle.catalog.SearchMode;
import io.aisle.platform.PageQuery;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The assistant's one way of finding products by words: the catalog's hybrid search (text and meaning,
 * {@link ProductSearch}), the same as the storefront's, so "something to keep my coffee hot" finds the
 * insulated tumblers here too. Every tool and the offline responder go through this class.
 */
@Component
class ProductLookup {

    private final ProductService products;
    private final ProductSearch search;

    ProductLookup(ProductService products, ProductSearch search) {
        this.products = products;
        this.search = search;
    }

    /** The best matches for the words, best first; {@code maxPrice} may be null. */
    List<Product> find(String words, BigDecimal maxPrice, int limit) {
        ProductQuery query = new ProductQuery(searchable(words), null, null, maxPrice, null, null, null, ProductSort.RELEVANCE,
                PageQuery.of(0, limit));
        return search.listing(query, SearchMode.HYBRID, null).content();
    }

    /** Highly rated products in stock, optionally matching words. */
    List<Product> recommended(String words, int limit) {
        ProductQuery query = new ProductQuery(searchable(words), null, null, null, null, null, true,
                words == null ? ProductSort.RATING : ProductSort.RELEVANCE, PageQuery.of(0, limit));
        return words == null ? products.search(query).content() : search.listing(query, SearchMode.HYBRID, null).content();
    }

    /**
     * A message may be far longer than a search query may be (a customer pastes a paragraph): its first
     * words up to the search's limit, cut at a space, are what is searched.
     */
    static String searchable(String words) {
        if (words == null || words.length() <= ProductSearch.MAX_QUERY_LENGTH) {
            return words;
        }
        String cut = words.substring(0, ProductSearch.MAX_QUERY_LENGTH);
        int space = cut.lastIndexOf(' ');
        return space > 0 ? cut.substring(0, space) : cut;
    }

    Product get(long id) {
        return products.forSale(id);
    }
}
