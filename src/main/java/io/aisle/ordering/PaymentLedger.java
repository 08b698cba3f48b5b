package io.aisle.ordering;

import io.aisle.ordering.data.PaymentRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's books of money moved through the {@link PaymentGateway}: each order's charge and, later, its
 * refund. A charge is recorded in its order's transaction, so the order and its charge commit together or
 * not at all; reconciliation ({@code reconcile-payments}) compares these books with the provider's.
 */
@Service
public class PaymentLedger {

    private final PaymentRepository payments;
    private final OrderService orders;
    private final Clock clock;

    PaymentLedger(PaymentRepository payments, OrderService orders, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.clock = clock;
    }

    /** The order's payments, oldest first, for the admin; a missing order is a 404. */
    @Transactional(readOnly = true)
    public List<Payment> ofOrder(long orderId) {
        orders.get(orderId);
        return payments.findByOrder(orderId);
    }

    /**
     * Records the order's successful charge inside the checkout's transaction.
     *
     * @throws ChargeVoidedException when reconciliation has already claimed this charge as abandoned
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordCharge(Order order, String reference) {
        try {
            payments.insert(order.id(), Payment.Kind.CHARGE, Payment.Status.SUCCEEDED, order.total(),
                    order.currency(), reference, clock.instant(), null, null);
        } catch (DuplicateKeyException e) {
            throw new ChargeVoidedException(order.id());
        }
    }
}
