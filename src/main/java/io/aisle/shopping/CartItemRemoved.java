package io.aisle.shopping;

/** The customer took a product out of the cart (not published when an order empties the cart). */
public record CartItemRemoved(long userId, long productId) {
}
