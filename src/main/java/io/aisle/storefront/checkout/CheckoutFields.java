package io.aisle.storefront.checkout;

import io.aisle.catalog.OutOfStockException;
import io.aisle.ordering.EmptyCartException;
import io.aisle.ordering.PaymentDeclinedException;
import io.aisle.ordering.PaymentProviderException;
import io.aisle.platform.AisleException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** The checkout form's rules beyond its annotations, and what to tell the shopper when checkout refuses. */
final class CheckoutFields {

    private CheckoutFields() {
    }

    /** Fields a guest, or a customer typing a new address, must fill in. */
    static void requireFor(CheckoutForm form, boolean signedIn, BindingResult errors) {
        if (!signedIn) {
            require(form.email(), "email", "Enter your e-mail address: we send the order's news there.", errors);
        }
        if (signedIn && form.savedAddressChosen()) {
            return;
        }
        require(form.fullName(), "fullName", "Enter the name of the person receiving the parcel.", errors);
        require(form.line1(), "line1", "Enter the street and house number.", errors);
        require(form.city(), "city", "Enter the city.", errors);
        require(form.postalCode(), "postalCode", "Enter the postal code.", errors);
        require(form.country(), "country", "Choose a country.", errors);
    }

    private static void require(String value, String field, String message, BindingResult errors) {
        if ((value == null || value.isBlank()) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "required", message);
        }
    }

    /**
     * The form as it was submitted, to show it again after a refused checkout; without the payment token, which
     * served its one attempt and must not be stored in the (database-kept) session with the flashed form.
     */
    static CheckoutForm submitted(HttpServletRequest request) {
        Long method;
        try {
            method = Long.valueOf(request.getParameter("shippingMethodId"));
        } catch (NumberFormatException e) {
            method = null;
        }
        return new CheckoutForm(request.getParameter("email"), request.getParameter("addressId"),
                request.getParameter("fullName"), request.getParameter("company"), request.getParameter("line1"),
                request.getParameter("line2"), request.getParameter("city"), request.getParameter("region"),
                request.getParameter("postalCode"), request.getParameter("country"), request.getParameter("phone"),
                "true".equals(request.getParameter("saveAddress")), method, request.getParameter("promotionCode"),
                request.getParameter("card"), null,
                request.getParameter("idempotencyKey"));
    }

    static String reason(AisleException e) {
        if (e instanceof PaymentDeclinedException) {
            return "Your payment was declined. Nothing was ordered and your cart is unchanged: try another card.";
        }
        if (e instanceof PaymentProviderException) {
            return "The payment provider did not confirm your payment. Nothing was ordered and your cart is "
                    + "unchanged; any amount taken is given back. Please try again in a moment.";
        }
        if (e instanceof OutOfStockException shortStock) {
            return shortStock.detail() + " Nothing was ordered: change the quantity in your cart and try again.";
        }
        if (e instanceof EmptyCartException) {
            return "Your cart is empty: add products before checking out.";
        }
        return "Your order was not placed: " + e.detail();
    }

    /**
     * The field errors of a refusal ({@code errors} of the problem: field "shippingAddress.postalCode" and a
     * message) by the form's field names.
     */
    static Map<String, String> byFormField(List<?> errors) {
        Map<String, String> byField = new HashMap<>();
        for (Object error : errors) {
            if (error instanceof Map<?, ?> e && e.get("field") instanceof String field) {
                String name = field.substring(field.lastIndexOf('.') + 1);
                byField.put(name, String.valueOf(e.get("message")));
            }
        }
        return byField;
    }
}
