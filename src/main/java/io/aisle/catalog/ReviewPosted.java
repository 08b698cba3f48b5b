package io.aisle.catalog;

/** A customer reviewed a product. */
public record ReviewPosted(long userId, long productId, int rating) {
}
