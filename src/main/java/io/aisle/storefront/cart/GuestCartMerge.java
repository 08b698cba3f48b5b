package io.aisle.storefront.cart;

import io.aisle.platform.CurrentUser;
import io.aisle.shopping.GuestCart;
import io.aisle.shopping.GuestCartService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * At sign-in (and registration) the guest's cart moves into the account's cart ({@link GuestCartService#moveInto}:
 * each line added to what the account holds, capped by the cart rules), and the customer is told what could not
 * be moved. The guest cart is then emptied.
 */
@Component
public class GuestCartMerge {

    private final GuestCartService guestCarts;

    GuestCartMerge(GuestCartService guestCarts) {
        this.guestCarts = guestCarts;
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
        session.removeAttribute(Carts.GUEST_CART);
        List<String> shortened = guestCarts.moveInto(userId, guest);
        return Optional.of(shortened.isEmpty()
                ? CartChange.done("We moved the items you picked before signing in into your cart.")
                : CartChange.refused("Not everything you picked before signing in fit into your cart: "
                        + String.join("; ", shortened) + "."));
    }
}
