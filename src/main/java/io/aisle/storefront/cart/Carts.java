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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The shopper's cart, whoever they are: a signed-in customer's is {@link CartService}'s, a guest's is a
 * {@link GuestCart} in the session that follows the same rules (1 to 99 units a line, never more than
 * the stock). Changes answer with what to tell the customer instead of throwing, so every page can
 * show the outcome where it happened.
 */
@Component
public class Carts {

    private static final String PROMOTION_CODE = Carts.class.getName() + ".promotionCode";

    private final CartService accountCarts;
    private final ProductService products;
    private final CheckoutService checkout;

    Carts(CartService accountCarts, ProductService products, CheckoutService checkout) {
        this.accountCarts = accountCarts;
        this.products = products;
        this.checkout = checkout;
    }

    /**
     * The shopper's cart priced as the cart page shows it: with the promotion code they entered (kept in the
     * session) and, for a customer with a default address, shipping and tax to it.
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
        return user.map(u -> accountCarts.lines(u.id()))
                .orElseGet(() -> guestLines(guestCart(request.getSession(false))));
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

    /** Forgets a guest's cart once it became an order. */
    public void forgetGuestCart(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(GuestCart.SESSION_ATTRIBUTE);
            session.removeAttribute(PROMOTION_CODE);
        }
    }

    /** A guest's cart lines for a checkout. */
    public List<CartLine> guestLines(HttpServletRequest request) {
        return guestLines(guestCart(request.getSession(false)));
    }

    public CartChange add(Optional<CurrentUser> user, HttpServletRequest request, long productId, int quantity) {
        Product product = products.get(productId);
        return change(() -> {
            if (user.isPresent()) {
                accountCarts.add(user.get().id(), productId, quantity);
            } else {
                HttpSession session = request.getSession();
                GuestCart cart = guestCart(session);
                int current = cart.quantity(productId);
                checkRange(quantity);
                if (current + quantity > CartService.MAX_QUANTITY) {
                    throw new InvalidRequestException("A cart line can hold at most " + CartService.MAX_QUANTITY
                            + " units; you already have " + current + " of " + product.name() + ".");
                }
                saveGuestLine(session, cart, product, current + quantity);
            }
        }, "Added " + quantity + " × " + product.name() + " to your cart.");
    }

    CartChange set(Optional<CurrentUser> user, HttpServletRequest request, long productId, int quantity) {
        Product product = products.get(productId);
        return change(() -> {
            if (user.isPresent()) {
                accountCarts.set(user.get().id(), productId, quantity);
            } else {
                checkRange(quantity);
                HttpSession session = request.getSession();
                saveGuestLine(session, guestCart(session), product, quantity);
            }
        }, "Updated: " + quantity + " × " + product.name() + ".");
    }

    CartChange remove(Optional<CurrentUser> user, HttpServletRequest request, long productId) {
        if (user.isPresent()) {
            accountCarts.remove(user.get().id(), productId);
        } else {
            HttpSession session = request.getSession(false);
            if (session != null) {
                GuestCart cart = guestCart(session);
                cart.remove(productId);
                session.setAttribute(GuestCart.SESSION_ATTRIBUTE, cart);
            }
        }
        return CartChange.done("Removed from your cart.");
    }

    /** Runs a change; the refusals the cart rules make become the message to show. */
    private static CartChange change(Runnable change, String success) {
        try {
            change.run();
            return CartChange.done(success);
        } catch (OutOfStockException | InvalidRequestException e) {
            return CartChange.refused(e.detail());
        }
    }

    private static void saveGuestLine(HttpSession session, GuestCart cart, Product product, int quantity) {
        if (quantity > product.stock()) {
            throw new OutOfStockException(product.id(), product.name(), product.stock(), quantity);
        }
        cart.set(product.id(), quantity);
        // set again: a session stored outside memory only saves attributes that are set
        session.setAttribute(GuestCart.SESSION_ATTRIBUTE, cart);
    }

    private static void checkRange(int quantity) {
        if (quantity < 1 || quantity > CartService.MAX_QUANTITY) {
            throw new InvalidRequestException("The quantity must be between 1 and " + CartService.MAX_QUANTITY + ".");
        }
    }

    static GuestCart guestCart(HttpSession session) {
        Object cart = session == null ? null : session.getAttribute(GuestCart.SESSION_ATTRIBUTE);
        return cart instanceof GuestCart guest ? guest : new GuestCart();
    }

    /** The guest's lines priced from the catalog; products no longer sold are left out. */
    List<CartLine> guestLines(GuestCart cart) {
        if (cart.isEmpty()) {
            return List.of();
        }
        Map<Long, Product> catalog = products.findAll(cart.lines().keySet()).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        return cart.lines().entrySet().stream()
                .filter(line -> catalog.containsKey(line.getKey()))
                .map(line -> new CartLine(catalog.get(line.getKey()), line.getValue()))
                .toList();
    }
}
