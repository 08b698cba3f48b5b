package io.aisle.admin.products;

import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductSort;
import io.aisle.platform.PageQuery;

/**
 * The product list's filters, as the URL carries them: {@code q} text, {@code category} slug, and
 * {@code maxStock} for products running out (5) or out of stock (0). Without text the list is by name.
 */
record ProductSearch(String q, String category, Integer maxStock) {

    /** "Running out": the dashboard's threshold too. */
    static final int RUNNING_OUT = 5;

    ProductQuery query(PageQuery page) {
        boolean text = q != null && !q.isBlank();
        return new ProductQuery(text ? q.strip() : null, category == null || category.isBlank() ? null : category,
                null, null, null, maxStock, null, text ? ProductSort.RELEVANCE : ProductSort.NAME, page);
    }
}
