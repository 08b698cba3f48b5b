package io.aisle.shopping.api;

import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.aisle.shopping.Cart;
import io.aisle.shopping.CartService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Cart")
@RestController
@RequestMapping("/api/v1/cart")
class CartController {

    private final CartService cart;

    CartController(CartService cart) {
        this.cart = cart;
    }

    /** {@code variantId} may be left out for a product of one variant. */
    record AddItem(@NotNull Long productId, @NotNull @Min(1) @Max(CartService.MAX_QUANTITY) Integer quantity,
            Long variantId) {
    }

    record SetQuantity(@NotNull @Min(1) @Max(CartService.MAX_QUANTITY) Integer quantity) {
    }

    @GetMapping
    Cart get(CurrentUser user) {
        return cart.view(user.id());
    }

    @Operation(summary = "Add units of a product (in a variant) to the cart (added to the line if it is there)",
            description = "variantId names one of the product's variants (GET /api/v1/products/{id}/variants); it may"
                    + " be left out for a product of one variant.")
    @AnswersProblem(status = 400, when = "The product has several variants and none or another product's was named.")
    @AnswersProblem(status = 409, when = "Not enough stock for the quantity in the cart.")
    @PostMapping("/items")
    Cart add(CurrentUser user, @Valid @RequestBody AddItem item) {
        return cart.add(user.id(), item.productId(), item.variantId(), item.quantity());
    }

    @Operation(summary = "Set the quantity of a product (in a variant) in the cart")
    @AnswersProblem(status = 400, when = "The product has several variants and none or another product's was named.")
    @AnswersProblem(status = 409, when = "Not enough stock for this quantity.")
    @PutMapping("/items/{productId}")
    Cart set(CurrentUser user, @PathVariable long productId, @RequestParam(required = false) Long variantId,
            @Valid @RequestBody SetQuantity request) {
        return cart.set(user.id(), productId, variantId, request.quantity());
    }

    @Operation(summary = "Take a variant of a product out of the cart, or every variant of it without variantId")
    @DeleteMapping("/items/{productId}")
    Cart remove(CurrentUser user, @PathVariable long productId, @RequestParam(required = false) Long variantId) {
        return cart.remove(user.id(), productId, variantId);
    }

    @DeleteMapping
    Cart clear(CurrentUser user) {
        return cart.clear(user.id());
    }
}
