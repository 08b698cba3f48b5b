package io.aisle.shopping;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A guest's cart under the same rules and messages as a customer's ({@link CartService}): the storefront keeps
 * the {@link GuestCart} in the session and stores whatever these methods answer. A refused change throws
 * the same exceptions as {@link CartService} and leaves the cart as it was.
 */
@Service
public class GuestCartService {

    private final ProductService products;
    private final CartService accountCarts;

    GuestCartService(ProductService products, CartService accountCarts) {
        this.products = products;
        this.accountCarts = accountCarts;
    }

    /**
     * Adds units to the variant's line (creating it); the sum must stay within the limits. {@code variantId} may be
     * null for a product of one variant.
     */
    public GuestCart add(GuestCart cart, long productId, Long variantId, int quantity) {
        Product product = products.forSale(productId, variantId);
        int wanted = CartRules.added(product, cart.quantity(product.variantId()), quantity);
        CartRules.checkStock(product, wanted);
        return cart.with(productId, product.variantId(), wanted);
    }

    /** Sets the variant's line to exactly this quantity (creating it). */
    public GuestCart set(GuestCart cart, long productId, Long variantId, int quantity) {
        CartRules.checkQuantity(quantity);
        Product product = products.forSale(productId, variantId);
        CartRules.checkStock(product, quantity);
        return cart.with(productId, product.variantId(), quantity);
    }

    /**
     * Takes the variant out, or every variant of the product when {@code variantId} is null; removing what is not
     * there changes nothing (not even the version).
     */
    public GuestCart remove(GuestCart cart, long productId, Long variantId) {
        return cart.without(productId, variantId);
    }

    /** Like {@link #add(GuestCart, long, Long, int)} for a product of one variant. */
    public GuestCart add(GuestCart cart, long productId, int quantity) {
        return add(cart, productId, null, quantity);
    }

    /** Like {@link #set(GuestCart, long, Long, int)} for a product of one variant. */
    public GuestCart set(GuestCart cart, long productId, int quantity) {
        return set(cart, productId, null, quantity);
    }

    /** Takes every variant of the product out. */
    public GuestCart remove(GuestCart cart, long productId) {
        return remove(cart, productId, null);
    }

    /** The lines with their products as the catalog has them now; products no longer sold are left out. */
    public List<CartLine> lines(GuestCart cart) {
        return cart.isEmpty() ? List.of() : CartRules.priced(products, cart.quantities());
    }

    /**
     * Moves the guest's lines into the customer's cart (at sign-in): each is added to what the customer holds,
     * capped at the stock and at {@value CartService#MAX_QUANTITY}. Answers what did not fit, in words: "a
     * product that is no longer sold", "Lamp (out of stock)", "Lamp (3 in your cart, the most we can sell you)".
     */
    public List<String> moveInto(long userId, GuestCart guest) {
        Map<Long, Integer> held = new HashMap<>();
        accountCarts.lines(userId).forEach(line -> held.put(line.product().variantId(), line.quantity()));
        Map<Long, CartLine> catalog = new HashMap<>();
        lines(guest).forEach(line -> catalog.put(line.product().variantId(), line));
        List<String> shortened = new ArrayList<>();
        guest.quantities().forEach((variantId, quantity) -> {
            Optional<Product> product = Optional.ofNullable(catalog.get(variantId)).map(CartLine::product);
            if (product.isEmpty()) {
                shortened.add("a product that is no longer sold");
                return;
            }
            int before = held.getOrDefault(variantId, 0);
            int possible = CartRules.mostThatFits(product.get(), before, quantity);
            if (possible > before) {
                accountCarts.set(userId, product.get().id(), variantId, possible);
            }
            if (possible < before + quantity) {
                shortened.add(product.get().lineName() + (product.get().stock() == 0 ? " (out of stock)"
                        : " (" + Math.max(possible, before) + " in your cart, the most we can sell you)"));
            }
        });
        return shortened;
    }
}
