package io.aisle.mail.internal;

import io.aisle.ordering.OrderPlaced;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.OrderStatusChanged;
import io.aisle.ordering.PaymentFailed;
import io.aisle.ordering.RefundIssued;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails about an order, written in the transaction that changes it. A cancellation because the payment never
 * came gets the payment-failed mail only, not a second "cancelled" one.
 */
@Component
class OrderMails {

    private final Outbox outbox;
    private final OrderService orders;

    OrderMails(Outbox outbox, OrderService orders) {
        this.outbox = outbox;
        this.orders = orders;
    }

    @EventListener
    void on(OrderPlaced placed) {
        outbox.write(MailKind.ORDER_CONFIRMATION, "order-confirmation:" + placed.orderId(), placed.email(),
                "Your order #" + placed.orderId() + " is confirmed", Outbox.model("orderId", placed.orderId()));
    }

    @EventListener
    void on(PaymentFailed failed) {
        outbox.write(MailKind.PAYMENT_FAILED, "payment-failed:" + failed.orderId(), failed.email(),
                "We could not take payment for order #" + failed.orderId(),
                Outbox.model("orderId", failed.orderId(), "reason", failed.reason()));
    }

    @EventListener
    void on(OrderStatusChanged changed) {
        MailKind kind = switch (changed.to()) {
            case SHIPPED -> MailKind.ORDER_SHIPPED;
            case DELIVERED -> MailKind.ORDER_DELIVERED;
            case CANCELLED -> changed.from() == OrderStatus.PENDING ? null : MailKind.ORDER_CANCELLED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        long id = changed.orderId();
        String subject = switch (kind) {
            case ORDER_SHIPPED -> "Your order #" + id + " is on its way";
            case ORDER_DELIVERED -> "Your order #" + id + " was delivered";
            default -> "Your order #" + id + " is cancelled";
        };
        outbox.write(kind, kind.template() + ":" + id, orders.get(id).email(), subject, Outbox.model("orderId", id));
    }

    @EventListener
    void on(RefundIssued refund) {
        outbox.write(MailKind.REFUND_ISSUED, "refund:" + refund.orderId() + ":" + refund.reference(), refund.email(),
                "Your refund for order #" + refund.orderId(),
                Outbox.model("orderId", refund.orderId(), "amount", Objects.toString(refund.amount(), null),
                        "currency", refund.currency(), "reason", refund.reason(), "full", refund.full()));
    }
}
