package io.aisle.shopping;

/** The customer put {@code quantity} more units of a product into the cart. */
public record CartItemAdded(long userId, long productId, int quantity) {
}
