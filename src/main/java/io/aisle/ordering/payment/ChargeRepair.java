package io.aisle.ordering.payment;

import io.aisle.ordering.Order;
import io.aisle.ordering.Payment;
import io.aisle.ordering.PaymentGateway;
import io.aisle.ordering.PaymentGateway.ProviderCharge;
import io.aisle.ordering.data.OrderRepository;
import io.aisle.ordering.data.PaymentRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Compares one provider charge with the ledger and repairs what a crash can leave behind:
 * <ul>
 * <li>a charge whose order never committed (the process died, or the transaction failed, after the provider
 * took the money): it is claimed in the ledger as a VOIDED charge first, then refunded, then the refund is
 * recorded. The claim uses the ledger's unique key: if a late checkout records the charge first, the claim
 * fails and the charge is its order's; if the claim wins, that checkout fails to record it and rolls back.
 * A crash between the steps leaves a VOIDED charge that the next run refunds (refunds are idempotent);</li>
 * <li>a charge of a committed order that the ledger lacks (written before the ledger existed): recorded.</li>
 * </ul>
 */
@Component
class ChargeRepair {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    /** The request key of the one refund that gives back an abandoned charge. */
    private static final String VOID_KEY = "void-";

    private final PaymentGateway gateway;
    private final Clock clock;

    ChargeRepair(OrderRepository orders, PaymentRepository payments, PaymentGateway gateway, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.gateway = gateway;
        this.clock = clock;
    }

    Optional<Discrepancy> check(ProviderCharge charge, List<Payment> ledger, boolean repairing) {
        Optional<Payment> recorded = ledger.stream().filter(p -> p.kind() == Payment.Kind.CHARGE).findFirst();
        boolean refundRecorded = ledger.stream().anyMatch(p -> p.kind() == Payment.Kind.REFUND);
        if (recorded.isEmpty()) {
            return Optional.of(unrecorded(charge, repairing));
        }
        Payment payment = recorded.get();
        if (!payment.providerReference().equals(charge.reference())) {
            return Optional.of(new Discrepancy(charge.orderId(), "provider charge " + charge.reference()
                    + " differs from the ledger's " + payment.providerReference(), false));
        }
        if (payment.status() == Payment.Status.VOIDED && !(charge.refunded() && refundRecorded)) {
            return Optional.of(new Discrepancy(charge.orderId(), "voided charge " + charge.reference()
                    + " is not refunded yet" + (repairing ? ": " + refund(charge) : ""), repairing));
        }
        return Optional.empty();
    }

    private Discrepancy unrecorded(ProviderCharge charge, boolean repairing) {
        String money = charge.reference() + " (" + charge.amount() + " " + charge.currency() + ")";
        Optional<Order> order = orders.findById(charge.orderId());
        if (order.isPresent()) {
            boolean matches = charge.reference().equals(order.get().paymentReference())
                    && charge.amount().compareTo(order.get().total()) == 0;
            if (!matches) {
                return new Discrepancy(charge.orderId(), "provider charge " + money
                        + " is not the payment of its order (" + order.get().paymentReference() + ")", false);
            }
            if (repairing) {
                insertIfAbsent(charge, Payment.Kind.CHARGE, Payment.Status.SUCCEEDED, charge.reference());
            }
            return new Discrepancy(charge.orderId(), "the ledger lacks the charge " + money + " of this paid order"
                    + (repairing ? ": recorded" : ""), repairing);
        }
        String finding = "provider charge " + money + " belongs to no order: the order never committed";
        if (!repairing) {
            return new Discrepancy(charge.orderId(), finding, false);
        }
        if (!insertIfAbsent(charge, Payment.Kind.CHARGE, Payment.Status.VOIDED, charge.reference())) {
            return new Discrepancy(charge.orderId(), finding + ", until a checkout recorded it just now", true);
        }
        return new Discrepancy(charge.orderId(), finding + ": " + refund(charge), true);
    }

    private String refund(ProviderCharge charge) {
        String reference = gateway.refund(new PaymentGateway.Refund(charge.orderId(), charge.reference(),
                charge.amount(), charge.currency(), VOID_KEY + charge.orderId(), "The order was never placed"));
        insertIfAbsent(charge, Payment.Kind.REFUND, Payment.Status.SUCCEEDED, reference);
        return "refunded as " + reference;
    }

    private boolean insertIfAbsent(ProviderCharge charge, Payment.Kind kind, Payment.Status status, String reference) {
        try {
            payments.insert(charge.orderId(), kind, status, charge.amount(), charge.currency(), reference,
                    clock.instant(), kind == Payment.Kind.REFUND ? VOID_KEY + charge.orderId() : null, null);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
