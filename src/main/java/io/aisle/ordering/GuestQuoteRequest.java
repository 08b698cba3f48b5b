package io.aisle.ordering;

import io.aisle.identity.PostalAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a guest asks a price for: the lines, and as far as known the e-mail (for first-order promotions), the
 * address (for shipping and tax), a shipping method and a promotion code.
 */
public record GuestQuoteRequest(
        @Email @Size(max = 254) String email,
        @NotEmpty @Size(max = 100) List<GuestCheckoutRequest.@Valid @NotNull Item> items,
        @Valid PostalAddress shippingAddress,
        Long shippingMethodId,
        @Size(max = 64) String promotionCode) {
}
