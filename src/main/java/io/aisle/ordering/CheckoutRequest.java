package io.aisle.ordering;

import io.aisle.identity.PostalAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What a customer sends to check out; every field is optional. Where to ship: {@code shippingAddress}, else
 * the saved address {@code addressId}, else the default address of the customer's address book;
 * {@code saveAddress} keeps a sent address in the address book. {@code shippingMethodId} picks one of the
 * methods the quote lists (none: the cheapest); {@code promotionCode} a discount code; {@code paymentToken} is
 * what the payment provider's client-side form produced (optional for the simulated gateway).
 */
public record CheckoutRequest(
        @Valid PostalAddress shippingAddress,
        Long addressId,
        Boolean saveAddress,
        Long shippingMethodId,
        @Size(max = 64) String promotionCode,
        @Size(max = 200) String paymentToken) {

    public static final CheckoutRequest EMPTY = new CheckoutRequest(null, null, null, null, null, null);

    /** A checkout to this address with this payment token, the cheapest shipping and no code. */
    public static CheckoutRequest to(PostalAddress address, String paymentToken) {
        return new CheckoutRequest(address, null, null, null, null, paymentToken);
    }
}
