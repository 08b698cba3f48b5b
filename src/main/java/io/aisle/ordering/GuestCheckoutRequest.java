package io.aisle.ordering;

import io.aisle.identity.PostalAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A checkout without an account: the guest's e-mail (where the shop writes about the order), what to buy (a
 * guest's cart lives with the client, so the lines travel with the order), where to ship, and optionally a
 * shipping method, a promotion code and the payment provider's token.
 */
public record GuestCheckoutRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items,
        @NotNull @Valid PostalAddress shippingAddress,
        Long shippingMethodId,
        @Size(max = 64) String promotionCode,
        @Size(max = 200) String paymentToken) {

    /** A product (in a variant, which may be left out for a product of one variant) and how many units of it. */
    public record Item(long productId, Long variantId, int quantity) {

        public Item(long productId, int quantity) {
            this(productId, null, quantity);
        }
    }
}
