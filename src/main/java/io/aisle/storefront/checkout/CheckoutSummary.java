package io.aisle.storefront.checkout;

import io.aisle.identity.AddressBook;
import io.aisle.identity.PostalAddress;
import io.aisle.ordering.CheckoutService;
import io.aisle.ordering.Quote;
import io.aisle.platform.AisleException;
import io.aisle.platform.CurrentUser;
import io.aisle.shopping.CartLine;
import io.aisle.storefront.cart.Carts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Prices the checkout form as it is filled in: the shipping methods for its country and region, and the totals
 * with the chosen method and code. What cannot be priced as asked falls back step by step, saying why: a method
 * not offered for the address → the cheapest one; a code that does not apply → no code; a country the shop does
 * not ship to → no shipping and tax yet.
 */
@Component
class CheckoutSummary {

    private final CheckoutService checkout;
    private final AddressBook addressBook;
    private final Carts carts;

    CheckoutSummary(CheckoutService checkout, AddressBook addressBook, Carts carts) {
        this.checkout = checkout;
        this.addressBook = addressBook;
        this.carts = carts;
    }

    void addTo(Model model, Optional<CurrentUser> user, HttpServletRequest request, CheckoutForm form) {
        Long userId = user.map(CurrentUser::id).orElse(null);
        List<CartLine> lines = carts.lines(user, request);
        if (lines.isEmpty()) {
            return;
        }
        PostalAddress to = form.address();
        if (userId != null && form.savedAddressChosen() && form.savedAddressId() != null) {
            try {
                to = addressBook.get(userId, form.savedAddressId()).address();
            } catch (AisleException gone) {
                to = form.address();
            }
        }
        String code = blankToNull(form.promotionCode());
        Long method = form.shippingMethodId();
        String email = form.email();
        Quote quote = null;
        while (quote == null) {
            try {
                quote = checkout.estimate(userId, email, lines, to.country(), to.region(), method, code);
            } catch (AisleException refused) {
                // fall back one step at a time: the code, then the method, then the address
                if (code != null) {
                    model.addAttribute("promotionProblem", refused.detail());
                    code = null;
                } else if (method != null) {
                    method = null;
                } else if (to.country() != null) {
                    model.addAttribute("shippingProblem", refused.detail());
                    to = new PostalAddress(null, null, null, null, null, null, null, null, null);
                } else {
                    throw refused;
                }
            }
        }
        model.addAttribute("quote", quote);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
