package io.aisle.catalog;

/** A quantity of one product to take from or put back into stock. */
public record StockLine(long productId, int quantity) {
}
