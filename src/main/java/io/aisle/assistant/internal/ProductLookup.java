package io.aisle.assistant.internal;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ProductSort;
import io.aisle.platform.PageQuery;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The assistant's one way of finding products by words. Today it is the catalog's text search
 * ({@link ProductService#search(ProductQuery)}); when the catalog offers hybrid (text + semantic) search,
 * switching it here switches every tool and the offline responder at once.
 */
@Component
class ProductLookup {

    private final ProductService products;

    ProductLookup(ProductService products) {
        this.products = products;
    }

    /** The best matches for the words, best first; {@code maxPrice} may be null. */
    List<Product> find(String words, BigDecimal maxPrice, int limit) {
        ProductQuery query = new ProductQuery(words, null, null, maxPrice, null, null, null, ProductSort.RELEVANCE,
                PageQuery.of(0, limit));
        return products.search(query).content();
    }

    /** Highly rated products in stock, optionally within a category or matching words. */
    List<Product> recommended(String words, int limit) {
        ProductQuery query = new ProductQuery(words, null, null, null, null, null, true,
                words == null ? ProductSort.RATING : ProductSort.RELEVANCE, PageQuery.of(0, limit));
        return products.search(query).content();
    }

    Product get(long id) {
        return products.get(id);
    }
}
