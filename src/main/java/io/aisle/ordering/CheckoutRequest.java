package io.aisle.ordering;

import io.aisle.identity.PostalAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What a customer sends to check out. Without {@code shippingAddress} the profile's address is used;
 * {@code paymentToken} is what the payment provider's client-side form produced (optional for the
 * simulated gateway).
 */
public record CheckoutRequest(@Valid PostalAddress shippingAddress, @Size(max = 200) String paymentToken) {

    public static final CheckoutRequest EMPTY = new CheckoutRequest(null, null);
}
