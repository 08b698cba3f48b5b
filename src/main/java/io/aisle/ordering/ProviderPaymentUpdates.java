package io.aisle.ordering;

import io.aisle.catalog.OutOfStockException;
import io.aisle.catalog.StockService;
import io.aisle.ordering.data.OrderRepository;
import io.aisle.promotions.PromotionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link PaymentUpdates}: the order of a provider payment moves forward only, with its row locked, and each move is
 * guarded in SQL by the statuses it was read with, so a replayed, late or concurrent event changes nothing twice.
 *
 * <p>A success for an order whose reservation already ended (it was cancelled and its stock released) is a late
 * payment: the order comes back if its stock can be taken again, in one transaction that either takes all of it or
 * nothing; otherwise the money is recorded and given back in full. An authorization that comes late is called off.
 * Nothing is ever sold twice.
 */
@Service
class ProviderPaymentUpdates implements PaymentUpdates {

    static final String LATE_PAYMENT_REASON = "Your payment arrived after we had to release the items, and some are "
            + "sold out now";
    private static final Logger log = LoggerFactory.getLogger(ProviderPaymentUpdates.class);

    private final OrderRepository orders;
    private final OrderService orderService;
    private final StockService stock;
    private final PromotionService promotions;
    private final PaymentLedger ledger;
    private final PaymentGateway gateway;
    private final Refunds refunds;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProviderPaymentUpdates(OrderRepository orders, OrderService orderService, StockService stock,
            PromotionService promotions, PaymentLedger ledger,
            PaymentGateway gateway, Refunds refunds, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.orderService = orderService;
        this.stock = stock;
        this.promotions = promotions;
        this.ledger = ledger;
        this.gateway = gateway;
        this.refunds = refunds;
        this.events = events;
        // its own transactions, also when called after another one committed (an after-commit listener)
        this.transaction = new TransactionTemplate(transactions);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What a success needs after its transaction: nothing, calling off a late authorization, or a refund. */
    private enum Late {
        NONE, AUTHORIZATION, OUT_OF_STOCK, CANCELLED
    }

    @Override
    public void succeeded(String provider, String reference, BigDecimal amount, boolean captured) {
        Late late;
        try {
            late = transaction.execute(status -> apply(reference, amount, captured));
        } catch (OutOfStockException e) {
            // the late payment's order could not get its stock back: keep the money's record, then give it back
            late = transaction.execute(status -> recordLateMoney(reference));
        }
        if (late == Late.AUTHORIZATION) {
            gateway.cancel(reference);
        } else if (late != Late.NONE) {
            // the money sits on a cancelled order: give back all that is left (a replayed event retries a refund
            // that failed before, with the same key, so it is given once)
            String reason = late == Late.OUT_OF_STOCK ? LATE_PAYMENT_REASON : CancellationSettlement.REASON;
            String key = (late == Late.OUT_OF_STOCK ? "late-" : "cancel-");
            orders.findByPaymentIntent(reference).ifPresent(order -> {
                BigDecimal left = refunds.refundable(order.id());
                if (left.signum() > 0) {
                    refunds.refund(order.id(), left, reason, key + order.id());
                }
            });
        }
    }

    @Override
    public void failed(String provider, String reference, String reason) {
        transaction.executeWithoutResult(status -> {
            Optional<Order> found = orders.lockByPaymentIntent(reference);
            if (found.isEmpty()) {
                log.info("Ignoring a failed payment {} that belongs to no order", reference);
                return;
            }
            Order order = found.get();
            if (order.status() == OrderStatus.PENDING && order.paymentStatus() == PaymentStatus.PENDING) {
                cancelUnpaid(order, reason == null || reason.isBlank() ? "The payment did not go through" : reason,
                        true);
            } else if (order.status() == OrderStatus.CANCELLED && order.paymentStatus() == PaymentStatus.PENDING) {
                // the reservation ended while the payment was still open; now it will never take money
                orders.updatePayment(order.id(), OrderStatus.CANCELLED, PaymentStatus.PENDING, OrderStatus.CANCELLED,
                        PaymentStatus.VOIDED, null, clock.instant());
            }
        });
    }

    /**
     * Cancels an order whose payment did not come (failed, or its reservation ended), releasing its stock. The
     * caller holds the order's lock and has checked that it is still pending. {@code voided} says the provider's
     * payment can no longer take money; when it could not be called off (it is being processed), the payment stays
     * pending on the cancelled order, and if it succeeds later it is handled as a late payment.
     */
    void cancelUnpaid(Order order, String reason, boolean voided) {
        if (!orders.updatePayment(order.id(), OrderStatus.PENDING, PaymentStatus.PENDING, OrderStatus.CANCELLED,
                voided ? PaymentStatus.VOIDED : PaymentStatus.PENDING, null, clock.instant())) {
            return;
        }
        Order withItems = orderService.get(order.id());
        stock.putBack(withItems.stockLines());
        promotions.release(order.id());
        events.publishEvent(new OrderStatusChanged(order.id(), order.userId(), OrderStatus.PENDING,
                OrderStatus.CANCELLED));
        events.publishEvent(new OrderCancelled(order.id(), order.userId()));
        events.publishEvent(new PaymentFailed(order.id(), order.userId(), order.email(), reason));
    }

    private Late apply(String reference, BigDecimal amount, boolean captured) {
        Optional<Order> found = orders.lockByPaymentIntent(reference);
        if (found.isEmpty()) {
            log.info("Ignoring a payment {} that belongs to no order", reference);
            return Late.NONE;
        }
        Order order = found.get();
        if (amount != null && amount.compareTo(order.total()) != 0) {
            log.warn("Payment {} of {} does not match order {} ({}); left for reconciliation", reference, amount,
                    order.id(), order.total());
            return Late.NONE;
        }
        PaymentStatus paid = captured ? PaymentStatus.PAID : PaymentStatus.AUTHORIZED;
        if (order.status() == OrderStatus.PENDING && order.paymentStatus() == PaymentStatus.PENDING) {
            confirm(order, OrderStatus.PENDING, PaymentStatus.PENDING, paid, reference);
        } else if (order.paymentStatus() == PaymentStatus.AUTHORIZED && captured) {
            // the capture of an authorized payment (here or in the provider's dashboard)
            if (orders.updatePayment(order.id(), order.status(), PaymentStatus.AUTHORIZED, order.status(),
                    PaymentStatus.PAID, reference, clock.instant())) {
                ledger.recordCharge(order, reference);
            }
            // captured after the order was cancelled (the call-off came too late): the money goes back
            return order.status() == OrderStatus.CANCELLED ? Late.CANCELLED : Late.NONE;
        } else if (order.status() == OrderStatus.CANCELLED && order.paymentStatus() == PaymentStatus.PAID) {
            // the event again for money on a cancelled order: its refund may not have happened (a crash after the
            // money was recorded); what is left goes back, and the ledger never lets it go back twice
            return Late.CANCELLED;
        } else if (isLate(order)) {
            if (!captured) {
                return Late.AUTHORIZATION;
            }
            // a late payment: the order comes back only with all of its stock (else this throws and rolls back)
            stock.take(orderService.get(order.id()).stockLines());
            confirm(order, OrderStatus.CANCELLED, order.paymentStatus(), PaymentStatus.PAID, reference);
        }
        return Late.NONE;
    }

    private void confirm(Order order, OrderStatus from, PaymentStatus fromPayment, PaymentStatus paid,
            String reference) {
        if (!orders.updatePayment(order.id(), from, fromPayment, OrderStatus.CONFIRMED, paid, reference,
                clock.instant())) {
            return;
        }
        if (paid == PaymentStatus.PAID) {
            ledger.recordCharge(order, reference);
        }
        Order confirmed = orderService.get(order.id());
        events.publishEvent(new OrderStatusChanged(order.id(), order.userId(), from, OrderStatus.CONFIRMED));
        events.publishEvent(OrderPlaced.of(confirmed));
    }

    /** A cancelled order whose payment was called off or still open: its success now is a late payment. */
    private static boolean isLate(Order order) {
        return order.status() == OrderStatus.CANCELLED
                && (order.paymentStatus() == PaymentStatus.VOIDED || order.paymentStatus() == PaymentStatus.PENDING);
    }

    private Late recordLateMoney(String reference) {
        Order order = orders.lockByPaymentIntent(reference).orElseThrow();
        if (isLate(order) && orders.updatePayment(order.id(), OrderStatus.CANCELLED, order.paymentStatus(),
                OrderStatus.CANCELLED, PaymentStatus.PAID, reference, clock.instant())) {
            ledger.recordCharge(order, reference);
            return Late.OUT_OF_STOCK;
        }
        return Late.NONE;
    }
}
