package io.aisle.storefront.checkout;

import io.aisle.identity.AccountService;
import io.aisle.identity.AddressBook;
import io.aisle.identity.SavedAddress;
import io.aisle.ordering.CartAlreadyCheckedOutException;
import io.aisle.ordering.CheckoutRequest;
import io.aisle.ordering.CheckoutService;
import io.aisle.ordering.GuestCheckoutRequest;
import io.aisle.ordering.PlacedOrder;
import io.aisle.platform.AisleException;
import io.aisle.platform.CurrentUser;
import io.aisle.shopping.GuestCart;
import io.aisle.storefront.cart.Carts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checkout for customers and guests. A guest gives an e-mail and an address and ends on their order's page,
 * reached through its unguessable link; a customer picks a saved address or types one (and may save it) and
 * ends on the order in their account; when the payment provider takes the payment on its own form (Stripe), both
 * go to the order's payment page first ({@link PaymentPageController}). Changing the address, the shipping method
 * or the discount code re-prices the summary ({@code /checkout/summary}, swapped in by htmx). A refused checkout
 * (payment declined, stock short, an address the shop cannot ship to, a code that does not apply) changed nothing:
 * it comes back to this page with the reason and the form as it was typed. A checkout that lost the race for a
 * customer's cart to another one (a second tab, the API) goes to the order list, where the order that other
 * checkout placed is.
 */
@Controller
class CheckoutPageController {

    private static final String PAGE = "storefront/checkout/checkout";

    private final CheckoutService checkout;
    private final CheckoutSummary summary;
    private final AccountService accounts;
    private final AddressBook addressBook;
    private final Carts carts;

    CheckoutPageController(CheckoutService checkout, CheckoutSummary summary, AccountService accounts,
            AddressBook addressBook, Carts carts) {
        this.checkout = checkout;
        this.summary = summary;
        this.accounts = accounts;
        this.addressBook = addressBook;
        this.carts = carts;
    }

    @GetMapping("/checkout")
    String form(Optional<CurrentUser> user, HttpServletRequest request, Model model) {
        CheckoutForm form = model.containsAttribute("checkoutForm") ? (CheckoutForm) model.getAttribute("checkoutForm")
                : CheckoutForm.prefilled(user.map(u -> accounts.get(u.id())),
                        user.flatMap(u -> addressBook.defaultFor(u.id())), Carts.promotionCode(request));
        model.addAttribute("problems", FieldProblem.of(model));
        return page(user, request, model, form);
    }

    /** The shipping methods and the summary for the form as it is now (htmx swaps them in as it changes). */
    @PostMapping("/checkout/summary")
    String refresh(CheckoutForm checkoutForm, Optional<CurrentUser> user, HttpServletRequest request, Model model) {
        // the whole page: htmx picks the priced part out of it (hx-select), and without htmx it is the page
        return page(user, request, model, checkoutForm);
    }

    @PostMapping("/checkout")
    String placeOrder(@Valid CheckoutForm checkoutForm, BindingResult errors, Optional<CurrentUser> user,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        CheckoutFields.requireFor(checkoutForm, user.isPresent(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("error", "Your order was not placed: please check the highlighted fields.");
            model.addAttribute("problems", FieldProblem.of(errors));
            return page(user, request, model, checkoutForm);
        }
        if (user.isPresent()) {
            PlacedOrder placed = checkout.checkout(user.get().id(), new CheckoutRequest(
                    checkoutForm.savedAddressChosen() ? null : checkoutForm.address(), checkoutForm.savedAddressId(),
                    checkoutForm.saveAddress(), checkoutForm.shippingMethodId(), checkoutForm.promotionCode(),
                    checkoutForm.token()), checkoutForm.key());
            if (placed.awaitingPayment()) {
                // the provider takes the payment on its own form (Stripe's Payment Element) on the payment page
                return "redirect:/checkout/pay/" + placed.order().id();
            }
            redirect.addFlashAttribute("message", "Thank you for your order! We have received your payment and will "
                    + "let you know here when it ships.");
            return "redirect:/account/orders/" + placed.order().id();
        }
        GuestCart cart = carts.guestCart(request);
        List<GuestCheckoutRequest.Item> items = cart.lines().stream()
                .map(line -> new GuestCheckoutRequest.Item(line.productId(), line.variantId(), line.quantity())).toList();
        // the key is the cart's state, not the form's: two tabs checking out the same cart place one order
        PlacedOrder placed = checkout.checkoutAsGuest(new GuestCheckoutRequest(checkoutForm.email(), items,
                checkoutForm.address(), checkoutForm.shippingMethodId(), checkoutForm.promotionCode(),
                checkoutForm.token()), "guest-cart:" + cart.id() + ':' + cart.version());
        carts.forgetGuestCart(request);
        if (placed.awaitingPayment()) {
            return "redirect:" + placed.link() + "/pay";
        }
        redirect.addFlashAttribute("message", "Thank you for your order! Keep this page's address: it is your way "
                + "back to your order, and it shows here when the order ships.");
        return "redirect:" + placed.link();
    }

    @ExceptionHandler(CartAlreadyCheckedOutException.class)
    String checkedOutElsewhere(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "Your cart was just checked out from another tab or device, which "
                + "placed the order below. Nothing more was ordered or charged.");
        return "redirect:/account/orders";
    }

    /** Every other refusal: nothing was ordered; the form comes back with the reason, as it was typed. */
    @ExceptionHandler(AisleException.class)
    String refused(AisleException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", CheckoutFields.reason(e));
        redirect.addFlashAttribute("checkoutForm", CheckoutFields.submitted(request));
        if (e.properties().get("errors") instanceof List<?> fieldErrors) {
            // shown at their fields by the field fragment, which looks for "<field>Error"
            CheckoutFields.byFormField(fieldErrors).forEach((field, message) ->
                    redirect.addFlashAttribute(field + "Error", message));
        }
        return "redirect:/checkout";
    }

    private String page(Optional<CurrentUser> user, HttpServletRequest request, Model model, CheckoutForm form) {
        model.addAttribute("checkoutForm", form);
        model.addAttribute("cart", carts.view(user, request));
        model.addAttribute("addresses", user.map(u -> addressBook.list(u.id())).orElse(List.<SavedAddress>of()));
        model.addAttribute("guest", user.isEmpty());
        summary.addTo(model, user, request, form);
        return PAGE;
    }
}
