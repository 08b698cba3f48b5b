package io.aisle.catalog;

/** A signed-in customer opened a product's details. */
public record ProductViewed(long userId, long productId) {
}
