package io.aisle.returns;

import io.aisle.ordering.Payment;
import io.aisle.ordering.Refunds;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.returns.data.ReturnRepository;
import io.aisle.returns.data.Step;
import io.aisle.returns.internal.ReturnSteps;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds a received return through the order's payment provider, exactly once: the status guard lets one of two
 * clicks (on any instances) through, and the refund's idempotency key {@code return-<id>} makes a retry after a
 * failure answer the first refund instead of paying twice.
 */
@Service
public class ReturnRefunds {

    private final ReturnSteps steps;
    private final ReturnRepository returns;
    private final ObjectProvider<Refunds> refunds;
    private final Clock clock;

    ReturnRefunds(ReturnSteps steps, ReturnRepository returns, ObjectProvider<Refunds> refunds, Clock clock) {
        this.steps = steps;
        this.returns = returns;
        this.refunds = refunds;
        this.clock = clock;
    }

    /**
     * What a refund of the return gives back unless the admin lowers it: what its lines paid, plus the order's
     * shipping when it brought the rest of the order back, but never more than the order has left to refund.
     */
    @Transactional(readOnly = true)
    public BigDecimal defaultAmount(Return value) {
        return value.suggestedRefund().min(refunds.getObject().refundable(value.orderId()));
    }

    /**
     * Refunds the received return: {@code amount}, or the default when null.
     *
     * @throws InvalidRequestException when the amount is not positive, has more than cents, or exceeds the default
     * @throws ReturnStatusConflictException when the return is not received, or was refunded just now
     * @throws io.aisle.ordering.PaymentProviderException when the provider did not confirm; nothing changed here
     */
    @Transactional
    public Return refund(long returnId, BigDecimal amount) {
        Return current = steps.get(returnId);
        if (current.status() != ReturnStatus.RECEIVED) {
            throw new ReturnStatusConflictException(returnId, current.status(), ReturnStatus.REFUNDED);
        }
        BigDecimal most = defaultAmount(current);
        if (most.signum() <= 0) {
            throw new ConflictException("Nothing to refund", "Order " + current.orderId()
                    + " has nothing left to refund.");
        }
        BigDecimal paid = amount == null ? most : amount;
        if (paid.signum() <= 0 || paid.scale() > 2 && paid.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException("amount", "must be a positive amount in cents");
        }
        if (paid.compareTo(most) > 0) {
            throw new InvalidRequestException("amount", "must be at most " + most + ", what the returned lines paid");
        }
        // the guard first: a second click waits for this one's row lock, then finds REFUNDED and asks no provider
        Return refunded = steps.move(current, Set.of(ReturnStatus.RECEIVED),
                new Step(ReturnStatus.REFUNDED, clock.instant(), null, null, paid.setScale(2)));
        Payment payment = refunds.getObject().refund(current.orderId(), paid.setScale(2), "Return #" + returnId,
                "return-" + returnId);
        returns.recordRefundReference(returnId, payment.providerReference());
        return steps.get(refunded.id());
    }
}
