package io.aisle.assistant;

import io.aisle.catalog.Product;
import java.math.BigDecimal;

/** A product an answer refers to, with the page to open and whether it can be added to a cart now. */
public record ProductLink(long id, String name, BigDecimal price, String url, boolean inStock) {

    public static ProductLink of(Product product) {
        return new ProductLink(product.id(), product.name(), product.price(), "/p/" + product.id(), product.inStock());
    }
}
