package io.aisle.storefront.cart;

import io.aisle.shopping.CartService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** "Add to cart" on a product page or the wishlist; {@code variantId} is the variant picked (none without options). */
public record AddToCartForm(@NotNull Long productId,
        @NotNull(message = "Choose how many to add.") @Min(value = 1, message = "Add at least 1.")
        @Max(value = CartService.MAX_QUANTITY, message = "At most " + CartService.MAX_QUANTITY + " at a time.")
        Integer quantity,
        Long variantId) {
}
