package io.aisle.shopping;

import java.util.List;

/**
 * The cart as a checkout holds it (see {@link CartService#lockForCheckout}): the lines to order, the variant
 * ids of every locked line (also of products the catalog no longer sells, which the checkout clears too).
 */
public record LockedCart(List<CartLine> lines, List<Long> variantIds) {
}
