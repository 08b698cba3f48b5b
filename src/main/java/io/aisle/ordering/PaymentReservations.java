package io.aisle.ordering;

import io.aisle.ordering.data.OrderRepository;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends the reservations of orders whose customer did not finish paying in time ({@code aisle.payments.reservation}):
 * the provider's payment is called off first, so that it can no longer take the money, and then the order is
 * cancelled and its stock released, guarded by its status, so that two instances (or a payment succeeding at the
 * same moment) end it once. A payment that already succeeded keeps its order pending a few minutes more, for its
 * success event; one that cannot be called off (being processed) or whose provider does not answer releases the stock
 * all the same, and its success, if it comes, is a late payment ({@link PaymentUpdates}): never oversold.
 */
@Component
class PaymentReservations {

    static final String EXPIRED_REASON = "The payment was not completed in time, so we released the items";
    private static final Logger log = LoggerFactory.getLogger(PaymentReservations.class);
    private static final int BATCH = 100;
    /** How much longer an order whose payment already succeeded waits for the provider's word. */
    private static final java.time.Duration PAID_GRACE = java.time.Duration.ofMinutes(5);

    private final OrderRepository orders;
    private final PaymentGateway gateway;
    private final ProviderPaymentUpdates updates;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PaymentReservations(OrderRepository orders, PaymentGateway gateway, ProviderPaymentUpdates updates,
            PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.gateway = gateway;
        this.updates = updates;
        this.transaction = new TransactionTemplate(transactions);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${aisle.payments.reservation-check:30s}",
            initialDelayString = "${aisle.payments.reservation-check:30s}")
    void releaseExpired() {
        int released = releaseExpired(clock.instant());
        if (released > 0) {
            log.info("Released the stock of {} orders whose payment did not come in time", released);
        }
    }

    /** Ends every reservation that ended before {@code now}; answers how many orders were cancelled. */
    int releaseExpired(Instant now) {
        int released = 0;
        for (long orderId : orders.findExpiredReservations(now, BATCH)) {
            try {
                released += release(orderId, now) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Could not end the reservation of order {} yet: {}", orderId, e.getMessage());
            }
        }
        return released;
    }

    private boolean release(long orderId, Instant now) {
        String intent = orders.findPaymentIntent(orderId).orElse(null);
        Boolean calledOff;
        try {
            // called off first, so that it cannot take the money once the stock is gone
            calledOff = intent == null || gateway.cancel(intent);
        } catch (RuntimeException e) {
            // the provider refuses to call it off (a bank debit being processed) or does not answer
            calledOff = null;
        }
        if (Boolean.FALSE.equals(calledOff)) {
            // the customer paid in time and its success is on the way: the order keeps its items a little longer,
            // and the next rounds go on to other orders meanwhile
            orders.extendReservation(orderId, now.plus(PAID_GRACE));
            return false;
        }
        // a payment that could not be called off does not hold the stock either: if it succeeds later, that is a late
        // payment, which gets the stock back if there is enough and is refunded otherwise
        boolean voided = Boolean.TRUE.equals(calledOff);
        return Boolean.TRUE.equals(transaction.execute(status -> orders.lockById(orderId)
                .filter(order -> order.status() == OrderStatus.PENDING && order.paymentStatus() == PaymentStatus.PENDING
                        && order.reservedUntil() != null && order.reservedUntil().isBefore(now))
                .map(order -> {
                    updates.cancelUnpaid(order, EXPIRED_REASON, voided);
                    return true;
                })
                .orElse(false)));
    }
}
