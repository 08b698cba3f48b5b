package io.aisle.ordering;

import io.aisle.platform.InvalidRequestException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Checkout: turns the customer's cart into a paid order, taking the stock and emptying the cart, all in
 * one transaction ({@link CheckoutTransaction}).
 *
 * <p>One cart makes one order: concurrent checkouts of one cart queue on its lock (see
 * {@link CheckoutTransaction}); the first orders, the others find the cart emptied and are refused with
 * {@link CartAlreadyCheckedOutException} (409), charging nothing. An idempotency key makes retries safe:
 * the same key from the same customer always answers with the one order it made, also when the retry
 * waited for that order's checkout at the cart lock. The order table's unique key on the idempotency key
 * stays as a second guard: a duplicate is answered with the order it duplicates. This method is
 * deliberately not transactional: each attempt needs its own transaction, and the lookup after a
 * duplicate must start after the rollback.
 */
@Service
public class CheckoutService {

    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 100;
    private static final int ATTEMPTS = 3;

    private final CheckoutTransaction transaction;
    private final OrderService orders;

    CheckoutService(CheckoutTransaction transaction, OrderService orders) {
        this.transaction = transaction;
        this.orders = orders;
    }

    /**
     * Places the order for everything in the cart.
     *
     * @param idempotencyKey optional; 1 to {@value #MAX_IDEMPOTENCY_KEY_LENGTH} characters
     * @throws EmptyCartException when nothing in the cart can be ordered
     * @throws CartAlreadyCheckedOutException when a concurrent checkout of the same cart placed the order
     * @throws PaymentProviderException when the provider did not confirm the charge
     * @throws io.aisle.catalog.OutOfStockException naming the first product that is short
     * @throws PaymentDeclinedException when the payment is refused
     */
    public PlacedOrder checkout(long userId, CheckoutRequest request, String idempotencyKey) {
        checkKey(idempotencyKey);
        CheckoutRequest checkout = request == null ? CheckoutRequest.EMPTY : request;
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.run(userId, checkout, idempotencyKey);
            } catch (DuplicateKeyException e) {
                if (idempotencyKey == null) {
                    throw e;
                }
                return orders.findMine(userId, idempotencyKey).map(order -> new PlacedOrder(order, true))
                        .orElseThrow(() -> e);
            } catch (PessimisticLockingFailureException e) {
                // a deadlock victim or lock timeout was rolled back entirely, so trying again is safe
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void checkKey(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
            throw new InvalidRequestException("The Idempotency-Key header must be 1 to "
                    + MAX_IDEMPOTENCY_KEY_LENGTH + " characters long.");
        }
    }
}
