package io.aisle.ordering;

import java.math.BigDecimal;

/** A line of an order, as it was when bought. */
public record OrderItem(long productId, String sku, String name, String categorySlug, String categoryName,
        BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {
}
