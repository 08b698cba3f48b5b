package io.aisle.ordering;

import io.aisle.ordering.data.OrderRepository;
import java.math.BigDecimal;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives a cancelled order's money back once the cancellation has committed: the rest of a paid order is refunded,
 * an authorized payment is called off. The provider is asked after the commit (never while the order's row is
 * locked) and with an idempotency key per order, so a repeat gives nothing more. If the process dies or the
 * provider is down in between, the order stays cancelled with its money, which {@code reconcile-payments} finds and
 * settles the same way ({@link #settle}).
 */
@Component
class CancellationSettlement {

    static final String REASON = "Order cancelled";
    private static final Logger log = LoggerFactory.getLogger(CancellationSettlement.class);

    private final OrderRepository orders;
    private final Refunds refunds;
    private final PaymentGateway gateway;
    private final Clock clock;

    CancellationSettlement(OrderRepository orders, Refunds refunds, PaymentGateway gateway, Clock clock) {
        this.orders = orders;
        this.refunds = refunds;
        this.gateway = gateway;
        this.clock = clock;
    }

    @TransactionalEventListener
    void on(OrderCancelled event) {
        try {
            settle(event.orderId());
        } catch (RuntimeException e) {
            log.warn("Order {} is cancelled but its money is not settled yet ({}); reconcile-payments will settle it",
                    event.orderId(), e.getMessage());
        }
    }

    /** Refunds what is left of a cancelled order's payment, or calls off its authorization. */
    void settle(long orderId) {
        Order order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        if (order.status() != OrderStatus.CANCELLED || order.paymentReference() == null) {
            return;
        }
        if (order.paymentStatus() == PaymentStatus.AUTHORIZED) {
            // only a payment the provider called off is void; one captured meanwhile stays authorized here until its
            // success arrives, which then refunds it (the order stays cancelled)
            if (gateway.cancel(order.paymentReference())) {
                orders.updatePayment(orderId, OrderStatus.CANCELLED, PaymentStatus.AUTHORIZED, OrderStatus.CANCELLED,
                        PaymentStatus.VOIDED, null, clock.instant());
            }
            return;
        }
        BigDecimal left = refunds.refundable(orderId);
        if (left.signum() > 0) {
            refunds.refund(orderId, left, REASON, "cancel-" + orderId);
        }
    }
}
