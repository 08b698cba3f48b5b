package io.aisle.ordering;

import io.aisle.ordering.data.OrderRepository;
import io.aisle.ordering.data.PaymentRepository;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Refunds} in three steps, each safe to repeat with the same idempotency key: (1) with the order's row
 * locked, the refund is checked against what is left and written to the ledger as {@code PENDING}, which promises
 * its money so that a concurrent refund cannot promise it too; (2) the provider is asked, with the same key; (3)
 * the ledger row becomes {@code SUCCEEDED}, the order's refunded total and payment status follow and
 * {@link RefundIssued} is published, in one transaction. A crash or an outage between the steps leaves a
 * {@code PENDING} row: the same request again (or {@code reconcile-payments}) picks it up at step 2, and the
 * provider's idempotency key gives the money back once.
 */
@Service
class OrderRefunds implements Refunds {

    private static final int MAX_KEY_LENGTH = 100;
    private static final int MAX_REASON_LENGTH = 200;
    private static final Set<PaymentStatus> REFUNDABLE = Set.of(PaymentStatus.PAID, PaymentStatus.PARTIALLY_REFUNDED);

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final PaymentGateway gateway;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrderRefunds(OrderRepository orders, PaymentRepository payments, PaymentGateway gateway,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.gateway = gateway;
        this.events = events;
        // its own transactions, also when called after another one committed (an after-commit listener)
        this.transaction = new TransactionTemplate(transactions);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public Payment refund(long orderId, BigDecimal amount, String reason, String idempotencyKey) {
        BigDecimal money = checkAmount(amount);
        String why = checkReason(reason);
        String key = checkKey(idempotencyKey);
        Payment promised = transaction.execute(status -> promise(orderId, money, why, key));
        if (promised.status() != Payment.Status.PENDING) {
            return promised;
        }
        return send(promised, key);
    }

    /** Finishes a refund that was promised but not confirmed by the provider (a crash or an outage came between). */
    Payment resume(Payment pending) {
        return send(pending, payments.requestKeyOf(pending.id()));
    }

    @Override
    public BigDecimal refundable(long orderId) {
        Order order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        if (!REFUNDABLE.contains(order.paymentStatus())) {
            return BigDecimal.ZERO.setScale(2);
        }
        return order.total().subtract(payments.refundedOrPending(orderId)).max(BigDecimal.ZERO).setScale(2);
    }

    @Override
    public List<Payment> of(long orderId) {
        orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        return payments.findByOrder(orderId).stream().filter(p -> p.kind() == Payment.Kind.REFUND).toList();
    }

    private Payment promise(long orderId, BigDecimal amount, String reason, String key) {
        Order order = orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        var earlier = payments.findByRequest(orderId, key);
        if (earlier.isPresent()) {
            // a retry: the first request's refund, whatever its amount was
            return earlier.get();
        }
        if (!REFUNDABLE.contains(order.paymentStatus()) || order.paymentReference() == null) {
            throw new ConflictException("Nothing to refund", "Order " + orderId + " has no payment to refund ("
                    + order.paymentStatus().inWords() + ").");
        }
        if (!gateway.provider().equals(order.paymentProvider())) {
            throw new ConflictException("Paid through another provider", "Order " + orderId + " was paid through "
                    + order.paymentProvider() + ", and the shop now uses " + gateway.provider()
                    + ": refund it in " + order.paymentProvider() + "'s own dashboard.");
        }
        BigDecimal left = order.total().subtract(payments.refundedOrPending(orderId));
        if (amount.compareTo(left) > 0) {
            throw new InvalidRequestException("amount", "must be at most " + left.setScale(2)
                    + ", what is left to refund of order " + orderId);
        }
        payments.insert(orderId, Payment.Kind.REFUND, Payment.Status.PENDING, amount, order.currency(),
                "pending", clock.instant(), key, reason);
        return payments.findByRequest(orderId, key).orElseThrow();
    }

    private Payment send(Payment pending, String key) {
        Order order = orders.findById(pending.orderId()).orElseThrow(() -> new OrderNotFoundException(pending.orderId()));
        String reference;
        try {
            reference = gateway.refund(new PaymentGateway.Refund(order.id(), order.paymentReference(), pending.amount(),
                    pending.currency(), key, pending.reason()));
        } catch (PaymentProviderException e) {
            throw new PaymentProviderException("The payment provider did not confirm the refund of order " + order.id()
                    + ". It is recorded as pending: send the same request again (same Idempotency-Key) to finish "
                    + "it; it gives the money back once.");
        }
        return transaction.execute(status -> confirm(pending, order, reference));
    }

    private Payment confirm(Payment pending, Order order, String reference) {
        Order locked = orders.lockById(order.id()).orElseThrow();
        if (payments.completeRefund(pending.id(), reference)) {
            orders.addRefund(order.id(), pending.amount(), clock.instant());
            boolean full = locked.refundedTotal().add(pending.amount()).compareTo(locked.total()) >= 0;
            events.publishEvent(new RefundIssued(order.id(), order.userId(), order.email(), pending.amount(),
                    pending.currency(), reference, pending.reason(), full));
        }
        return payments.findByOrder(order.id()).stream().filter(p -> p.id() == pending.id()).findFirst().orElseThrow();
    }

    private static BigDecimal checkAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidRequestException("amount", "must be more than 0");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException("amount", "must have at most two decimals");
        }
        return amount.setScale(2);
    }

    private static String checkReason(String reason) {
        String why = reason == null || reason.isBlank() ? "Refund" : reason.strip();
        if (why.length() > MAX_REASON_LENGTH) {
            throw new InvalidRequestException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        return why;
    }

    private static String checkKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidRequestException("idempotencyKey", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }
}
