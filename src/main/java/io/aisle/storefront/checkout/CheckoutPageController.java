package io.aisle.storefront.checkout;

import io.aisle.catalog.OutOfStockException;
import io.aisle.identity.AccountService;
import io.aisle.ordering.CartAlreadyCheckedOutException;
import io.aisle.ordering.CheckoutRequest;
import io.aisle.ordering.CheckoutService;
import io.aisle.ordering.EmptyCartException;
import io.aisle.ordering.PaymentDeclinedException;
import io.aisle.ordering.PaymentProviderException;
import io.aisle.ordering.PlacedOrder;
import io.aisle.platform.CurrentUser;
import io.aisle.storefront.cart.Carts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checkout for signed-in customers (security sends guests to sign in and back here). A refused checkout
 * (payment declined, stock short, cart empty) changed nothing: it comes back to this page with the
 * reason and the address as it was typed. A checkout that lost the race for its cart to another one (a
 * second tab, the API) goes to the order list, where the order that other checkout placed is.
 */
@Controller
class CheckoutPageController {

    private static final String PAGE = "storefront/checkout/checkout";

    private final CheckoutService checkout;
    private final AccountService accounts;
    private final Carts carts;

    CheckoutPageController(CheckoutService checkout, AccountService accounts, Carts carts) {
        this.checkout = checkout;
        this.accounts = accounts;
        this.carts = carts;
    }

    @GetMapping("/checkout")
    String form(CurrentUser user, HttpServletRequest request, Model model) {
        if (!model.containsAttribute("checkoutForm")) {
            model.addAttribute("checkoutForm", CheckoutForm.prefilled(accounts.get(user.id())));
        }
        model.addAttribute("cart", carts.view(Optional.of(user), request));
        return PAGE;
    }

    @PostMapping("/checkout")
    String placeOrder(@Valid CheckoutForm checkoutForm, BindingResult errors, CurrentUser user,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("error", "Your order was not placed: please check the highlighted fields.");
            model.addAttribute("cart", carts.view(Optional.of(user), request));
            return PAGE;
        }
        PlacedOrder placed = checkout.checkout(user.id(),
                CheckoutRequest.to(checkoutForm.address(), checkoutForm.token()), checkoutForm.key());
        redirect.addFlashAttribute("message", "Thank you for your order! We have received your payment and will "
                + "let you know here when it ships.");
        return "redirect:/account/orders/" + placed.order().id();
    }

    @ExceptionHandler(CartAlreadyCheckedOutException.class)
    String checkedOutElsewhere(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "Your cart was just checked out from another tab or device, which "
                + "placed the order below. Nothing more was ordered or charged.");
        return "redirect:/account/orders";
    }

    @ExceptionHandler({PaymentDeclinedException.class, PaymentProviderException.class, OutOfStockException.class,
            EmptyCartException.class})
    String refused(RuntimeException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", reason(e));
        redirect.addFlashAttribute("checkoutForm", CheckoutForm.submitted(request));
        return "redirect:/checkout";
    }

    private static String reason(RuntimeException e) {
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
        return "Your cart is empty: add products before checking out.";
    }
}
