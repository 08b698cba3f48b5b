package io.aisle.ordering;

import io.aisle.identity.AccountService;
import io.aisle.identity.AddressBook;
import io.aisle.identity.SavedAddress;
import io.aisle.identity.PostalAddress;
import io.aisle.identity.PostalAddresses;
import io.aisle.platform.InvalidRequestException;
import io.aisle.shopping.CartLine;
import io.aisle.shopping.CartService;
import io.aisle.shopping.GuestCart;
import io.aisle.shopping.GuestCartService;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.stereotype.Service;

/**
 * Checkout: turns the customer's cart, or a guest's lines, into a paid order, taking the stock, redeeming the
 * promotions and emptying the cart, all in one transaction ({@link CheckoutTransaction}); and quotes what that
 * order would cost before it is placed.
 *
 * <p>One cart makes one order: concurrent checkouts of one cart queue on its lock (see
 * {@link CheckoutTransaction}); the first orders, the others find the cart emptied and are refused with
 * {@link CartAlreadyCheckedOutException} (409), charging nothing. An idempotency key makes retries safe:
 * the same key from the same customer (or guest e-mail) always answers with the one order it made, also when the
 * retry waited for that order's checkout. The order table's unique keys on the idempotency key stay as a
 * second guard: a duplicate is answered with the order it duplicates. The checkout methods are deliberately not
 * transactional: each attempt needs its own transaction, and the lookup after a duplicate must start after the
 * rollback.
 */
@Service
public class CheckoutService {

    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 100;
    private static final int ATTEMPTS = 3;

    private final CheckoutTransaction transaction;
    private final CheckoutPricing pricing;
    private final OrderService orders;
    private final CartService carts;
    private final GuestCartService guestCarts;
    private final AccountService accounts;
    private final AddressBook addressBook;
    private final OrderingProperties properties;
    private final CheckoutMeters meters;

    CheckoutService(CheckoutTransaction transaction, CheckoutPricing pricing, OrderService orders, CartService carts,
            GuestCartService guestCarts, AccountService accounts, AddressBook addressBook,
            OrderingProperties properties, CheckoutMeters meters) {
        this.meters = meters;
        this.addressBook = addressBook;
        this.properties = properties;
        this.transaction = transaction;
        this.pricing = pricing;
        this.orders = orders;
        this.carts = carts;
        this.guestCarts = guestCarts;
        this.accounts = accounts;
    }

    /**
     * Places the customer's order for everything in their cart.
     *
     * @param idempotencyKey optional; 1 to {@value #MAX_IDEMPOTENCY_KEY_LENGTH} characters
     * @throws EmptyCartException when nothing in the cart can be ordered
     * @throws CartAlreadyCheckedOutException when a concurrent checkout of the same cart placed the order
     * @throws PaymentProviderException when the provider did not confirm the charge
     * @throws io.aisle.catalog.OutOfStockException naming the first product that is short
     * @throws PaymentDeclinedException when the payment is refused
     */
    public PlacedOrder checkout(long userId, CheckoutRequest request, String idempotencyKey) {
        CheckoutRequest checkout = request == null ? CheckoutRequest.EMPTY : request;
        return meters.measure(() -> {
            checkKey(idempotencyKey);
            CheckoutAttempts attempts = new CheckoutAttempts();
            return withRetries(() -> transaction.run(userId, checkout, idempotencyKey, attempts), idempotencyKey,
                    () -> orders.findMine(userId, idempotencyKey).map(order -> new PlacedOrder(order, true)));
        });
    }

    /**
     * Places a guest's order for the lines they sent. The answer carries the link to the order's page, the
     * guest's only way back to it until they sign up with the same e-mail.
     */
    public PlacedOrder checkoutAsGuest(GuestCheckoutRequest request, String idempotencyKey) {
        return meters.measure(() -> {
            checkKey(idempotencyKey);
            String email = normalizeEmail(request.email());
            List<CartLine> lines = guestLines(request.items());
            CheckoutAttempts attempts = new CheckoutAttempts();
            return withRetries(() -> transaction.runGuest(email, lines, request, idempotencyKey, attempts),
                    idempotencyKey,
                    () -> orders.findGuests(email, idempotencyKey).map(order -> new PlacedOrder(order, true,
                            orders.linkOf(order))));
        });
    }

    /** What the customer's cart would cost, shipped to the request's address (or none yet) with its choices. */
    public Quote quote(long userId, CheckoutRequest request) {
        String email = accounts.get(userId).email();
        PostalAddress address = request.shippingAddress() == null ? null
                : PostalAddresses.normalize(request.shippingAddress(), "shippingAddress.");
        return pricing.price(new CheckoutPricing.Request(carts.lines(userId), address, request.shippingMethodId(),
                request.promotionCode(), email, userId, orders.isFirstOrder(userId, email))).quote();
    }

    /**
     * What these lines would cost a shopper without an account ({@code email} may be null while not known yet;
     * first-order promotions then apply, as they will for an e-mail without orders).
     */
    public Quote quoteForGuest(List<CartLine> lines, PostalAddress address, Long shippingMethodId, String code,
            String email) {
        String normalized = email == null || email.isBlank() ? null : normalizeEmail(email);
        return pricing.price(new CheckoutPricing.Request(lines, address == null ? null
                : PostalAddresses.normalize(address, "shippingAddress."), shippingMethodId, code, normalized, null,
                normalized == null || orders.isFirstOrder(null, normalized))).quote();
    }

    /**
     * What lines would cost while the shopper is still choosing (cart and checkout pages): shipped to the country
     * and region given, else to the customer's default address, else to the shop's home country (an estimate:
     * {@link Quote#estimated()}). The rest of the address does not change a price, so it is not checked here;
     * checkout checks it.
     */
    public Quote estimate(Long userId, String email, List<CartLine> lines, String country, String region,
            Long shippingMethodId, String code) {
        String buyer = userId != null ? accounts.get(userId).email()
                : email == null || email.isBlank() ? null : normalizeEmail(email);
        PostalAddress to = country != null && !country.isBlank()
                ? new PostalAddress(null, null, null, null, null, regionCode(region), null,
                        country.strip().toUpperCase(Locale.ROOT), null)
                : userId == null ? null : addressBook.defaultFor(userId).map(SavedAddress::address).orElse(null);
        boolean estimated = to == null;
        if (estimated) {
            to = new PostalAddress(null, null, null, null, null, null, null, properties.homeCountry(), null);
        }
        Quote quote = pricing.price(new CheckoutPricing.Request(lines, to, shippingMethodId, code, buyer, userId,
                buyer == null || orders.isFirstOrder(userId, buyer))).quote();
        return estimated ? quote.asEstimate() : quote;
    }

    /**
     * A guest's lines as cart lines, by the cart's own rules ({@link GuestCartService}: 1 to
     * {@value CartService#MAX_QUANTITY} units a product, no more than the stock, a product that is not sold is a
     * 404), as if the guest had added them to a cart one by one.
     */
    public List<CartLine> guestLines(List<GuestCheckoutRequest.Item> items) {
        GuestCart cart = GuestCart.empty();
        for (GuestCheckoutRequest.Item item : items) {
            cart = guestCarts.add(cart, item.productId(), item.variantId(), item.quantity());
        }
        return guestCarts.lines(cart);
    }

    private static PlacedOrder withRetries(Supplier<PlacedOrder> attempt, String idempotencyKey,
            Supplier<java.util.Optional<PlacedOrder>> earlier) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (DuplicateKeyException e) {
                if (idempotencyKey == null) {
                    throw e;
                }
                return earlier.get().orElseThrow(() -> e);
            } catch (PessimisticLockingFailureException e) {
                // a deadlock victim, a lock timeout or a write set that failed Galera's certification was rolled back
                // entirely, so trying again is safe; an attempt that had started the payment is repeated under the
                // same order id (CheckoutAttempts), which the provider answers with the charge it already made
                if (tries == ATTEMPTS) {
                    throw e;
                }
            } catch (TransientDataAccessException | DataAccessResourceFailureException | TransactionSystemException
                    | CannotCreateTransactionException e) {
                // the database went away under the attempt (a Galera node leaving the cluster fails the COMMIT with
                // 1180, a joining one answers 1047): whether it committed is unknown, and trying again under the same
                // order id is safe either way - a committed first attempt makes the retry a duplicate, answered with
                // that order - and lets the connection pool move to another node meanwhile
                if (tries == ATTEMPTS) {
                    throw e;
                }
                pause(tries);
            }
        }
    }

    private static void pause(int tries) {
        try {
            Thread.sleep(200L * tries);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotCreateTransactionException("Interrupted while waiting to retry the checkout", e);
        }
    }

    /** A region as the shipping and tax modules key it: upper case, or null when none was given. */
    private static String regionCode(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static void checkKey(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
            throw new InvalidRequestException("The Idempotency-Key header must be 1 to "
                    + MAX_IDEMPOTENCY_KEY_LENGTH + " characters long.");
        }
    }
}
