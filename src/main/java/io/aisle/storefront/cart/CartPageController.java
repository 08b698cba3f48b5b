package io.aisle.storefront.cart;

import io.aisle.platform.CurrentUser;
import io.aisle.platform.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.FragmentsRendering;

/**
 * The cart page and every change to a cart, a guest's or a customer's. With htmx a change answers the
 * part of the page it changed plus the header's item count (an out-of-band swap); without JavaScript
 * it redirects back with the outcome as a flash message.
 */
@Controller
class CartPageController {

    private static final String CART = "storefront/cart/cart";
    private static final String COUNT_BADGE = "storefront/fragments :: cart-count(oob=true)";

    private static final int MAX_CODE_LENGTH = 64;

    private final Carts carts;

    CartPageController(Carts carts) {
        this.carts = carts;
    }

    @GetMapping("/cart")
    String cart(Optional<CurrentUser> user, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("cart", carts.view(user, request));
        return Htmx.view(request, response, CART, "cart");
    }

    @PostMapping("/cart/items")
    Object add(@Valid AddToCartForm form, BindingResult errors, Optional<CurrentUser> user,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (form.productId() == null) {
            return "redirect:/cart";
        }
        CartChange change = errors.hasErrors()
                ? CartChange.refused(errors.getFieldErrors().get(0).getDefaultMessage())
                : carts.add(user, request, form.productId(), form.variantId() != null ? form.variantId()
                        : carts.variantWith(form.productId(), form.options()), form.quantity());
        if (Htmx.isPartial(request)) {
            tell(model, change);
            model.addAttribute("cartCount", carts.view(user, request).itemCount());
            return FragmentsRendering.fragment("storefront/cart/status :: status").fragment(COUNT_BADGE).build();
        }
        tell(redirect, change);
        return "redirect:/p/" + form.productId();
    }

    @PostMapping("/cart/items/{productId}")
    Object update(@PathVariable long productId, @RequestParam(required = false) Long variantId,
            @Valid QuantityForm form, BindingResult errors, Optional<CurrentUser> user, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        CartChange change = errors.hasErrors()
                ? CartChange.refused(errors.getFieldErrors().get(0).getDefaultMessage())
                : carts.set(user, request, productId, variantId, form.quantity());
        return changed(change, user, request, model, redirect);
    }

    @PostMapping("/cart/items/{productId}/remove")
    Object remove(@PathVariable long productId, @RequestParam(required = false) Long variantId,
            Optional<CurrentUser> user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return changed(carts.remove(user, request, productId, variantId), user, request, model, redirect);
    }

    /** Enters (or, blank, removes) a discount code; the cart then shows its savings, or why it does not apply. */
    @PostMapping("/cart/promotion-code")
    Object promotionCode(@RequestParam(required = false) String code, Optional<CurrentUser> user,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        boolean entered = code != null && !code.isBlank() && code.length() <= MAX_CODE_LENGTH;
        carts.enterPromotionCode(request, entered ? code : null);
        return changed(CartChange.done(entered ? "Discount code entered." : "Discount code removed."), user, request,
                model, redirect);
    }

    private Object changed(CartChange change, Optional<CurrentUser> user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (Htmx.isPartial(request)) {
            tell(model, change);
            CartView cart = carts.view(user, request);
            model.addAttribute("cart", cart);
            model.addAttribute("cartCount", cart.itemCount());
            return FragmentsRendering.fragment(CART + " :: cart").fragment(COUNT_BADGE).build();
        }
        tell(redirect, change);
        return "redirect:/cart";
    }

    private static void tell(Model model, CartChange change) {
        model.addAttribute(change.done() ? "message" : "error", change.message());
    }

    private static void tell(RedirectAttributes redirect, CartChange change) {
        redirect.addFlashAttribute(change.done() ? "message" : "error", change.message());
    }
}
