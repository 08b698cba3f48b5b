package io.aisle.storefront.cart;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.platform.CurrentUser;
import io.aisle.shopping.CartLine;
import io.aisle.shopping.CartService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * At sign-in (and registration) the guest's cart moves into the account's cart: each line is added to
 * what the account already holds, capped at the stock and at {@value CartService#MAX_QUANTITY}, and
 * the customer is told what could not be moved. The guest cart is then emptied.
 */
@Component
public class GuestCartMerge {

    private final CartService accountCarts;
    private final ProductService products;

    GuestCartMerge(CartService accountCarts, ProductService products) {
        this.accountCarts = accountCarts;
        this.products = products;
    }

    /** A form sign-in: the outcome is shown on the page the customer lands on next. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser.Source user
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
            merge(user.currentUser().id(), web.getRequest()).ifPresent(outcome -> {
                FlashMap flash = new FlashMap();
                flash.put(outcome.done() ? "message" : "warning", outcome.message());
                new SessionFlashMapManager().saveOutputFlashMap(flash, web.getRequest(), web.getResponse());
            });
        }
    }

    /** Moves the session's guest cart into the customer's cart; empty when there was nothing to move. */
    public Optional<CartChange> merge(long userId, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        GuestCart guest = Carts.guestCart(session);
        if (guest.isEmpty()) {
            return Optional.empty();
        }
        session.removeAttribute(GuestCart.SESSION_ATTRIBUTE);
        Map<Long, Integer> held = accountCarts.lines(userId).stream()
                .collect(Collectors.toMap(line -> line.product().id(), CartLine::quantity));
        Map<Long, Product> catalog = products.findAll(guest.lines().keySet()).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        List<String> shortened = new ArrayList<>();
        guest.lines().forEach((productId, quantity) -> {
            Product product = catalog.get(productId);
            if (product == null) {
                shortened.add("a product that is no longer sold");
                return;
            }
            int before = held.getOrDefault(productId, 0);
            int wanted = before + quantity;
            int possible = Math.min(wanted, Math.min(product.stock(), CartService.MAX_QUANTITY));
            if (possible > before) {
                accountCarts.set(userId, productId, possible);
            }
            if (possible < wanted) {
                shortened.add(product.name() + (product.stock() == 0 ? " (out of stock)"
                        : " (" + Math.max(possible, before) + " in your cart, the most we can sell you)"));
            }
        });
        return Optional.of(shortened.isEmpty()
                ? CartChange.done("We moved the items you picked before signing in into your cart.")
                : CartChange.refused("Not everything you picked before signing in fit into your cart: "
                        + String.join("; ", shortened) + "."));
    }
}
