package io.aisle.ordering;

import io.aisle.ordering.data.OrderRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the payment page needs to let the customer finish paying for a {@code PENDING} order with the provider's own
 * payment form (Stripe's Payment Element): the payment's client secret, asked from the provider each time, so a
 * payment that ended meanwhile (paid, cancelled) is not offered again.
 */
@Service
public class PendingPayments {

    private final OrderRepository orders;
    private final PaymentGateway gateway;

    PendingPayments(OrderRepository orders, PaymentGateway gateway) {
        this.orders = orders;
        this.gateway = gateway;
    }

    /** The client secret while the order waits for its customer's payment; empty once it does not. */
    public Optional<String> clientSecret(Order order) {
        if (order.status() != OrderStatus.PENDING) {
            return Optional.empty();
        }
        return orders.findPaymentIntent(order.id()).map(gateway::resume);
    }
}
