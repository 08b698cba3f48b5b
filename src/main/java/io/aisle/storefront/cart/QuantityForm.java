package io.aisle.storefront.cart;

import io.aisle.shopping.CartService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A new quantity for a cart line. */
public record QuantityForm(@NotNull(message = "Enter a quantity.") @Min(value = 1, message = "The quantity must be at least 1.")
        @Max(value = CartService.MAX_QUANTITY, message = "The quantity can be at most " + CartService.MAX_QUANTITY + ".")
        Integer quantity) {
}
