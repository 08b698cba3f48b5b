package io.aisle.shopping;

import io.aisle.catalog.Product;
import java.math.BigDecimal;

/** A cart line with its product as the catalog has it now: what checkout prices an order from. */
public record CartLine(Product product, int quantity) {

    public BigDecimal lineTotal() {
        return product.price().multiply(BigDecimal.valueOf(quantity));
    }
}
