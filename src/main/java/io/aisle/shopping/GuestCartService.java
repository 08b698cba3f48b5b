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

    /** Adds units to the product's line (creating it); the sum must stay within the limits. */
    public GuestCart add(GuestCart cart, long productId, int quantity) {
        Product product = products.get(productId);
        int wanted = CartRules.added(product, cart.quantity(productId), quantity);
        CartRules.checkStock(product, wanted);
        return cart.with(productId, wanted);
    }

    /** Sets the product's line to exactly this quantity (creating it). */
    public GuestCart set(GuestCart cart, long productId, int quantity) {
        CartRules.checkQuantity(quantity);
        Product product = products.get(productId);
        CartRules.checkStock(product, quantity);
        return cart.with(productId, quantity);
    }

    /** Takes the product out; removing a product that is not there changes nothing (not even the version). */
    public GuestCart remove(GuestCart cart, long productId) {
        return cart.without(productId);
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
        accountCarts.lines(userId).forEach(line -> held.put(line.product().id(), line.quantity()));
        Map<Long, CartLine> catalog = new HashMap<>();
        lines(guest).forEach(line -> catalog.put(line.product().id(), line));
        List<String> shortened = new ArrayList<>();
        guest.quantities().forEach((productId, quantity) -> {
            Optional<Product> product = Optional.ofNullable(catalog.get(productId)).map(CartLine::product);
            if (product.isEmpty()) {
                shortened.add("a product that is no longer sold");
                return;
            }
            int before = held.getOrDefault(productId, 0);
            int possible = CartRules.mostThatFits(product.get(), before, quantity);
            if (possible > before) {
                accountCarts.set(userId, productId, possible);
            }
            if (possible < before + quantity) {
                shortened.add(product.get().name() + (product.get().stock() == 0 ? " (out of stock)"
                        : " (" + Math.max(possible, before) + " in your cart, the most we can sell you)"));
            }
        });
        return shortened;
    }
}
