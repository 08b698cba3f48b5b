package io.aisle.storefront.checkout;

import io.aisle.identity.PostalAddress;
import io.aisle.identity.User;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.UUID;

/**
 * The checkout form: where to ship, which test card, and the idempotency key made when the form was
 * shown, so that submitting it twice places one order. {@code paymentToken}, when given, is sent to
 * the payment provider as it is; else the card choice decides ("declined" is the declining test card).
 */
public record CheckoutForm(
        @NotBlank(message = "Enter the name of the person receiving the parcel.") @Size(max = 200) String fullName,
        @NotBlank(message = "Enter the street and house number.") @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @NotBlank(message = "Enter the city.") @Size(max = 100) String city,
        @NotBlank(message = "Enter the postal code.") @Size(max = 20) String postalCode,
        @NotBlank(message = "Choose a country.") @Pattern(regexp = "[A-Za-z]{2}", message = "Choose a country from the list.") String country,
        String card,
        @Size(max = 200, message = "A payment token has at most 200 characters.") String paymentToken,
        @Size(max = 100) String idempotencyKey) implements Serializable {

    static final String DECLINED_TEST_TOKEN = "tok_declined";

    /** The form for a customer, filled in from their default address, with a fresh idempotency key. */
    static CheckoutForm prefilled(User user) {
        PostalAddress a = user.shippingAddress();
        return a == null
                ? new CheckoutForm(user.fullName(), "", "", "", "", "US", "approved", "", newKey())
                : new CheckoutForm(a.fullName(), a.line1(), a.line2(), a.city(), a.postalCode(), a.country(), "approved",
                        "", newKey());
    }

    /** The form as it was submitted, to show it again after a refused checkout. */
    static CheckoutForm submitted(HttpServletRequest request) {
        return new CheckoutForm(request.getParameter("fullName"), request.getParameter("line1"),
                request.getParameter("line2"), request.getParameter("city"), request.getParameter("postalCode"),
                request.getParameter("country"), request.getParameter("card"), request.getParameter("paymentToken"),
                request.getParameter("idempotencyKey"));
    }

    PostalAddress address() {
        return PostalAddress.of(fullName, line1, line2, city, postalCode, country);
    }

    String token() {
        if (paymentToken != null && !paymentToken.isBlank()) {
            return paymentToken.strip();
        }
        return "declined".equals(card) ? DECLINED_TEST_TOKEN : null;
    }

    /** The key to send: the one from the form, or (when a client sent none) a fresh one. */
    String key() {
        return idempotencyKey == null || idempotencyKey.isBlank() ? newKey() : idempotencyKey;
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
