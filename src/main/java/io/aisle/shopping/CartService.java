package io.aisle.shopping;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.identity.AccountService;
import io.aisle.shopping.data.CartRepository;
import io.aisle.shopping.data.CartStateRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in customer's cart, under the rules of every cart ({@link CartRules}: a line holds 1 to
 * {@value #MAX_QUANTITY} units and never more than the catalog has in stock when it is changed; a guest's
 * cart follows the same through {@link GuestCartService}); stock is only taken at checkout, so a cart can go stale
 * and the checkout checks again.
 */
@Service
public class CartService {

    public static final int MAX_QUANTITY = 99;

    private final CartRepository cart;
    private final CartStateRepository states;
    private final ProductService products;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CartService(CartRepository cart, CartStateRepository states, ProductService products, AccountService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.states = states;
        this.accounts = accounts;
        this.cart = cart;
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    /** The cart priced from the catalog as it is now; products deleted from the catalog are left out. */
    @Transactional(readOnly = true)
    public Cart view(long userId) {
        return Cart.of(lines(userId).stream().map(Cart.Item::of).toList());
    }

    /**
     * The lines with their products as the catalog has them now, in the order they were added. Lines of
     * products deleted from the catalog are left out (they stay stored until the cart is emptied).
     */
    @Transactional(readOnly = true)
    public List<CartLine> lines(long userId) {
        return withProducts(cart.findLines(userId));
    }

    /**
     * Locks the cart for a checkout, inside the checkout's transaction, and returns its lines: checkouts of
     * one cart (API, storefront, any idempotency keys, any instance) run one after the other, and the
     * second finds the cart as the first left it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedCart lockForCheckout(long userId) {
        List<CartRepository.Line> locked = cart.lockLines(userId);
        return new LockedCart(withProducts(locked), locked.stream().map(CartRepository.Line::variantId).toList());
    }

    /** Whether the cart has any line now, read without a lock. */
    @Transactional(readOnly = true)
    public boolean hasLines(long userId) {
        return !cart.findLines(userId).isEmpty();
    }

    private List<CartLine> withProducts(List<CartRepository.Line> lines) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        lines.forEach(line -> quantities.put(line.variantId(), line.quantity()));
        return CartRules.priced(products, quantities);
    }

    /**
     * Adds units to the variant's line (creating it); the sum must stay within the limits. {@code variantId} may be
     * null for a product of one variant.
     */
    @Transactional
    public Cart add(long userId, long productId, Long variantId, int quantity) {
        CartRules.checkQuantity(quantity);
        requireAccount(userId);
        Product product = products.forSale(productId, variantId);
        save(userId, product, CartRules.added(product, cart.findQuantity(userId, product.variantId()).orElse(0), quantity));
        events.publishEvent(new CartItemAdded(userId, productId, quantity));
        return view(userId);
    }

    /** Like {@link #add(long, long, Long, int)} for a product of one variant. */
    @Transactional
    public Cart add(long userId, long productId, int quantity) {
        return add(userId, productId, null, quantity);
    }

    /** Sets the variant's line to exactly this quantity (creating it). */
    @Transactional
    public Cart set(long userId, long productId, Long variantId, int quantity) {
        CartRules.checkQuantity(quantity);
        requireAccount(userId);
        Product product = products.forSale(productId, variantId);
        int before = cart.findQuantity(userId, product.variantId()).orElse(0);
        save(userId, product, quantity);
        if (quantity > before) {
            events.publishEvent(new CartItemAdded(userId, productId, quantity - before));
        }
        return view(userId);
    }

    /**
     * An access token outlives the account it was issued for by up to its lifetime; a deleted account
     * must not collect cart rows again after deletion took them away.
     */
    private void requireAccount(long userId) {
        accounts.get(userId);
    }

    /** Like {@link #set(long, long, Long, int)} for a product of one variant. */
    @Transactional
    public Cart set(long userId, long productId, int quantity) {
        return set(userId, productId, null, quantity);
    }

    /**
     * Takes the variant out of the cart, or every variant of the product when {@code variantId} is null; removing
     * what is not there changes nothing.
     */
    @Transactional
    public Cart remove(long userId, long productId, Long variantId) {
        if (cart.delete(userId, productId, variantId)) {
            states.touch(userId, clock.instant());
            events.publishEvent(new CartItemRemoved(userId, productId));
        }
        return view(userId);
    }

    /** Takes every variant of the product out of the cart. */
    @Transactional
    public Cart remove(long userId, long productId) {
        return remove(userId, productId, null);
    }

    /** Empties the cart at the customer's request. */
    @Transactional
    public Cart clear(long userId) {
        List<CartRepository.Line> lines = cart.findLines(userId);
        cart.deleteAll(userId);
        states.touch(userId, clock.instant());
        lines.forEach(line -> events.publishEvent(new CartItemRemoved(userId, line.productId())));
        return Cart.of(List.of());
    }

    /**
     * Takes the locked lines out of the cart inside the checkout's transaction, so that a failed checkout
     * leaves it as it was. Only those lines: a product added while the checkout ran stays for the next
     * order. Publishes no removals: the products were bought, not taken out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void emptyAfterOrder(long userId, LockedCart locked) {
        if (!locked.variantIds().isEmpty()) {
            cart.deleteLines(userId, locked.variantIds());
            states.touch(userId, clock.instant());
        }
    }

    private void save(long userId, Product product, int quantity) {
        CartRules.checkStock(product, quantity);
        cart.save(userId, product.id(), product.variantId(), quantity, clock.instant());
        // every change makes a new cart state, which an abandoned-cart reminder may name once
        states.touch(userId, clock.instant());
    }

}
