package io.aisle.catalog;

/** A quantity of one variant of a product to take from or put back into stock. */
public record StockLine(long productId, long variantId, int quantity) {
}
