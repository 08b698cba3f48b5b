package io.aisle.storefront.checkout;

import io.aisle.identity.PostalAddress;
import io.aisle.identity.SavedAddress;
import io.aisle.identity.User;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The checkout form: the guest's e-mail, where to ship (a saved address by id, or {@code addressId} "new" and
 * the typed fields, which a customer may save), the shipping method, a discount code, which test card, and the
 * idempotency key made when the form was shown, so that submitting it twice places one order.
 * {@code paymentToken}, when given, is sent to the payment provider as it is; else the card choice decides
 * ("declined" is the declining test card). Which fields are required depends on who checks out and whether a
 * saved address is chosen, so {@link CheckoutPageController} checks them beyond these annotations.
 */
public record CheckoutForm(
        @Email(message = "Enter an e-mail address such as you@example.com.") @Size(max = 254) String email,
        @Size(max = 20) String addressId,
        @Size(max = 200) String fullName,
        @Size(max = 200) String company,
        @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 100) String city,
        @Size(max = 100) String region,
        @Size(max = 20) String postalCode,
        @Pattern(regexp = "[A-Za-z]{2}|", message = "Choose a country from the list.") String country,
        @Size(max = 40) String phone,
        Boolean saveAddress,
        Long shippingMethodId,
        @Size(max = 64, message = "A discount code has at most 64 characters.") String promotionCode,
        String card,
        @Size(max = 200, message = "A payment token has at most 200 characters.") String paymentToken,
        @Size(max = 100) String idempotencyKey) implements Serializable {

    static final String NEW_ADDRESS = "new";
    static final String DECLINED_TEST_TOKEN = "tok_declined";

    /** The form for a customer, starting from their default address, or for a guest (user empty). */
    static CheckoutForm prefilled(Optional<User> user, Optional<SavedAddress> defaultAddress, String code) {
        if (defaultAddress.isPresent()) {
            PostalAddress a = defaultAddress.get().address();
            return new CheckoutForm(null, Long.toString(defaultAddress.get().id()), a.fullName(), a.company(),
                    a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country(), a.phone(), false, null,
                    code, "approved", "", newKey());
        }
        return new CheckoutForm(null, NEW_ADDRESS, user.map(User::fullName).orElse(""), "", "", "", "", "", "", "US",
                user.map(User::phone).orElse(""), user.isPresent(), null, code, "approved", "", newKey());
    }

    /** Whether the customer chose one of their saved addresses rather than typing one. */
    boolean savedAddressChosen() {
        return addressId != null && !addressId.isBlank() && !NEW_ADDRESS.equals(addressId);
    }

    Long savedAddressId() {
        try {
            return savedAddressChosen() ? Long.valueOf(addressId) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    PostalAddress address() {
        return new PostalAddress(fullName, company, line1, line2, city, region, postalCode, country, phone);
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
