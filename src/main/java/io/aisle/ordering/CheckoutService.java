package io.aisle.ordering;

import io.aisle.platform.InvalidRequestException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Checkout: turns the customer's cart into a paid order, taking the stock and emptying the cart, all in
 * one transaction ({@link CheckoutTransaction}).
 *
 * <p>An idempotency key makes retries safe: the same key from the same customer always answers with
 * the one order it made. Concurrent requests with one key meet at the order table's unique key: the
 * first inserts, the others wait on that index entry and fail with a duplicate key once it commits,
 * and are then answered with its order. This method is deliberately not transactional: each attempt
 * needs its own transaction, and the lookup after a duplicate must start after the rollback.
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
