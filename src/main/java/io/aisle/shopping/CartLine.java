package io.aisle.shopping;

import io.aisle.catalog.Product;
import java.math.BigDecimal;

/**
 * A cart line with its product as the catalog has it now, as the variant in the cart ({@link Product#as}: the
 * variant's SKU, price, stock and weight): what checkout prices an order from.
 */
public record CartLine(Product product, int quantity) {

    public BigDecimal lineTotal() {
        return product.price().multiply(BigDecimal.valueOf(quantity));
    }
}
