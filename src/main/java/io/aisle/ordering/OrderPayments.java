package io.aisle.ordering;

import io.aisle.ordering.data.OrderRepository;
import io.aisle.ordering.data.PaymentRepository;
import io.aisle.platform.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * An order's payment after checkout, for pages and the admin: what the provider's payment form needs to go on
 * paying a pending order, and the capture of an authorized payment (manual capture), which takes the money and
 * records it like the provider's own success event would.
 */
@Service
public class OrderPayments {

    private final OrderService orders;
    private final PaymentGateway gateway;
    private final PaymentUpdates updates;
    private final OrderRefunds refunds;
    private final CancellationSettlement cancellations;
    private final OrderRepository orderRows;
    private final PaymentRepository ledger;

    OrderPayments(OrderService orders, PaymentGateway gateway, PaymentUpdates updates, OrderRefunds refunds,
            CancellationSettlement cancellations, OrderRepository orderRows, PaymentRepository ledger) {
        this.orders = orders;
        this.gateway = gateway;
        this.updates = updates;
        this.refunds = refunds;
        this.cancellations = cancellations;
        this.orderRows = orderRows;
        this.ledger = ledger;
    }

    /**
     * Money the shop decided to give back and has not yet (a crash or an outage came between the decision and the
     * provider's answer): a refund still pending in the ledger ({@code refund} set), or a cancelled order that still
     * holds its customer's money.
     */
    public record Unsettled(long orderId, Payment refund, String finding) {
    }

    /** What is unsettled from before {@code before} among the orders of the configured provider, for reconciliation. */
    public List<Unsettled> unsettled(Instant before) {
        List<Unsettled> found = new ArrayList<>();
        ledger.findPendingRefunds(before, gateway.provider()).forEach(refund -> found.add(new Unsettled(refund.orderId(), refund,
                "refund of " + refund.amount() + " " + refund.currency() + " (" + refund.reason()
                        + ") was decided but the provider has not confirmed it")));
        orderRows.findCancelledWithMoney(before, gateway.provider(), 1000).forEach(orderId -> found.add(new Unsettled(orderId, null,
                "cancelled order still holds its customer's money")));
        return found;
    }

    /** Settles it the way it was meant to go (same idempotency keys: money moves once); says what was done. */
    public String settle(Unsettled unsettled) {
        if (unsettled.refund() != null) {
            return "refunded as " + refunds.resume(unsettled.refund()).providerReference();
        }
        cancellations.settle(unsettled.orderId());
        Order order = orders.get(unsettled.orderId());
        return "settled: payment " + order.paymentStatus().inWords();
    }

    /** The configured provider's name ({@code simulated}, {@code stripe}). */
    public String provider() {
        return gateway.provider();
    }

    /**
     * What the provider's payment form needs to go on paying this order (Stripe: the client secret), or null when
     * the order is not waiting for its payment.
     */
    public String clientSecret(Order order) {
        if (order.status() != OrderStatus.PENDING) {
            return null;
        }
        return orders.paymentIntentOf(order.id()).map(gateway::resume).orElse(null);
    }

    /**
     * Takes the money of an order whose payment is authorized only. Safe to repeat: the provider captures once
     * (idempotency key per order) and the order records it once.
     *
     * @throws ConflictException when the payment is not (or no longer) authorized, or the order is not confirmed (a
     *         cancelled order's authorization is called off, never captured)
     * @throws PaymentProviderException when the provider did not confirm; try again
     */
    public Order capture(long orderId) {
        Order order = orders.get(orderId);
        if (order.status() != OrderStatus.CONFIRMED || order.paymentStatus() != PaymentStatus.AUTHORIZED
                || order.paymentReference() == null) {
            throw new ConflictException("Nothing to capture", "Order " + orderId + " is "
                    + order.status().name().toLowerCase(java.util.Locale.ROOT) + " and its payment "
                    + order.paymentStatus().inWords() + ": only a confirmed order's authorized payment is captured.");
        }
        gateway.capture(order.paymentReference(), order.total(), "capture-" + orderId);
        updates.succeeded(order.paymentProvider(), order.paymentReference(), order.total(), true);
        return orders.get(orderId);
    }
}
