package io.aisle.shopping;

import java.util.List;

/**
 * The cart as a checkout holds it (see {@link CartService#lockForCheckout}). {@code emptiedMeanwhile}: it had
 * lines when the checkout arrived, and none once the checkout had the lock, because a concurrent checkout
 * took them.
 */
public record LockedCart(List<CartLine> lines, boolean emptiedMeanwhile) {
}
