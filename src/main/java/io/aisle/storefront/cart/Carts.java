package io.aisle.storefront.cart;

import io.aisle.catalog.OutOfStockException;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.ordering.CheckoutService;
import io.aisle.platform.AisleException;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.InvalidRequestException;
import io.aisle.shopping.CartLine;
import io.aisle.shopping.CartService;
import io.aisle.shopping.GuestCart;
import io.aisle.shopping.GuestCartService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * The shopper's cart, whoever they are: a signed-in customer's is {@link CartService}'s, a guest's is a
 * {@link GuestCart} in the HTTP session (so it survives the session id change at sign-in) changed by
 * {@link GuestCartService}; both follow shopping's one set of cart rules and messages. Changes answer with
 * what to tell the customer instead of throwing, so every page can show the outcome where it happened. The cart
 * is priced by checkout's quote, with the discount code the shopper entered (kept in the session).
 */
@Component
public class Carts {

    static final String GUEST_CART = GuestCart.class.getName();
    private static final String PROMOTION_CODE = Carts.class.getName() + ".promotionCode";

    private final CartService accountCarts;
    private final GuestCartService guestCarts;
    private final ProductService products;
    private final CheckoutService checkout;

    Carts(CartService accountCarts, GuestCartService guestCarts, ProductService products, CheckoutService checkout) {
        this.accountCarts = accountCarts;
        this.guestCarts = guestCarts;
        this.products = products;
        this.checkout = checkout;
    }

    /**
     * The shopper's cart priced as the cart page shows it: with the promotion code they entered and, for a
     * customer with a default address, shipping and tax to it (else an estimate for the shop's home country).
     */
    public CartView view(Optional<CurrentUser> user, HttpServletRequest request) {
        List<CartLine> lines = lines(user, request);
        String code = promotionCode(request);
        if (lines.isEmpty()) {
            return CartView.of(lines, null, code, null);
        }
        Long userId = user.map(CurrentUser::id).orElse(null);
        try {
            return CartView.of(lines, checkout.estimate(userId, null, lines, null, null, null, code), code, null);
        } catch (AisleException refused) {
            // a code that does not apply (any more): the cart says why and is priced without it
            return CartView.of(lines, checkout.estimate(userId, null, lines, null, null, null, null), code,
                    refused.detail());
        }
    }

    /** The shopper's cart lines with their products as the catalog has them now. */
    public List<CartLine> lines(Optional<CurrentUser> user, HttpServletRequest request) {
        return user.map(u -> accountCarts.lines(u.id())).orElseGet(() -> guestCarts.lines(guestCart(request)));
    }

    /**
     * The guest's cart as the session holds it (an empty one, not stored, when there is none): its lines, and
     * its id and version, which change with each change.
     */
    public GuestCart guestCart(HttpServletRequest request) {
        return guestCart(request.getSession(false));
    }

    /** The promotion code the shopper entered on the cart page, or null. */
    public static String promotionCode(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(PROMOTION_CODE);
    }

    /** Keeps (or, blank, forgets) the promotion code the shopper entered. */
    void enterPromotionCode(HttpServletRequest request, String code) {
        if (code == null || code.isBlank()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(PROMOTION_CODE);
            }
        } else {
            request.getSession().setAttribute(PROMOTION_CODE, code.strip());
        }
    }

    /** Forgets a guest's cart and code once they became an order. */
    public void forgetGuestCart(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(GUEST_CART);
            session.removeAttribute(PROMOTION_CODE);
        }
    }

    /** The product's variant with these option values, or null (none chosen, or no such combination). */
    public Long variantWith(long productId, List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        return products.variants(productId).stream().filter(v -> v.options().equals(values)).findFirst()
                .map(io.aisle.catalog.Variant::id).orElse(null);
    }

    /** Adds units of the product in the variant (null for a product of one variant) to the shopper's cart. */
    public CartChange add(Optional<CurrentUser> user, HttpServletRequest request, long productId, Long variantId,
            int quantity) {
        if (variantId == null && products.variants(productId).size() > 1) {
            Product product = products.forSale(productId);
            return CartChange.refused("Choose " + String.join(" and ", products.options(productId).stream()
                    .map(o -> o.toLowerCase(java.util.Locale.ROOT)).toList()) + " of " + product.name() + " first.");
        }
        return change(() -> {
            Product product = products.forSale(productId, variantId);
            if (user.isPresent()) {
                accountCarts.add(user.get().id(), productId, variantId, quantity);
            } else {
                changeGuestCart(request, cart -> guestCarts.add(cart, productId, variantId, quantity));
            }
            return "Added " + quantity + " × " + product.lineName() + " to your cart.";
        });
    }

    CartChange set(Optional<CurrentUser> user, HttpServletRequest request, long productId, Long variantId,
            int quantity) {
        return change(() -> {
            Product product = products.forSale(productId, variantId);
            if (user.isPresent()) {
                accountCarts.set(user.get().id(), productId, variantId, quantity);
            } else {
                changeGuestCart(request, cart -> guestCarts.set(cart, productId, variantId, quantity));
            }
            return "Updated: " + quantity + " × " + product.lineName() + ".";
        });
    }

    CartChange remove(Optional<CurrentUser> user, HttpServletRequest request, long productId, Long variantId) {
        if (user.isPresent()) {
            accountCarts.remove(user.get().id(), productId, variantId);
        } else if (request.getSession(false) != null) {
            changeGuestCart(request, cart -> guestCarts.remove(cart, productId, variantId));
        }
        return CartChange.done("Removed from your cart.");
    }

    /** Runs a change; the refusals the cart rules make become the message to show. */
    private static CartChange change(Supplier<String> change) {
        try {
            return CartChange.done(change.get());
        } catch (OutOfStockException | InvalidRequestException e) {
            return CartChange.refused(e.detail());
        }
    }

    private static void changeGuestCart(HttpServletRequest request, UnaryOperator<GuestCart> change) {
        HttpSession session = request.getSession();
        // set again even when unchanged in place: a session stored outside memory only saves attributes that are set
        session.setAttribute(GUEST_CART, change.apply(guestCart(session)));
    }

    static GuestCart guestCart(HttpSession session) {
        Object cart = session == null ? null : session.getAttribute(GUEST_CART);
        return cart instanceof GuestCart guest ? guest : GuestCart.empty();
    }
}
