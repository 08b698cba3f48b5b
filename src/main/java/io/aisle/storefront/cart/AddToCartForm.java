package io.aisle.storefront.cart;

import io.aisle.shopping.CartService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Stream;

/**
 * "Add to cart" on a product page or the wishlist: {@code variantId} is the variant the page's script picked, and
 * {@code option1..3} the values chosen, which name the variant when the page runs without the script (neither for a
 * product without options).
 */
public record AddToCartForm(@NotNull Long productId,
        @NotNull(message = "Choose how many to add.") @Min(value = 1, message = "Add at least 1.")
        @Max(value = CartService.MAX_QUANTITY, message = "At most " + CartService.MAX_QUANTITY + " at a time.")
        Integer quantity,
        Long variantId,
        @Size(max = 100) String option1,
        @Size(max = 100) String option2,
        @Size(max = 100) String option3) {

    /** The option values chosen, in order, without the ones not given. */
    public List<String> options() {
        return Stream.of(option1, option2, option3).filter(value -> value != null && !value.isBlank()).toList();
    }
}
