package io.aisle.returns;

import io.aisle.ordering.Payment;
import io.aisle.ordering.Refunds;
import io.aisle.platform.InvalidRequestException;
import io.aisle.returns.data.ReturnRepository;
import io.aisle.returns.data.Step;
import io.aisle.returns.internal.ReturnSteps;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds a received return through the order's payment provider, exactly once: the status guard lets one of two
 * clicks (on any instances) through, and the refund's idempotency key {@code return-<id>} makes a retry answer the
 * first refund instead of paying twice. {@link Refunds} confirms the money in its own transactions; should this
 * one fail after that (a crash), the return is still RECEIVED and refunding it again finishes it with the refund
 * already made, whatever amount the retry names.
 */
@Service
public class ReturnRefunds {

    private final ReturnSteps steps;
    private final ReturnRepository returns;
    private final Refunds refunds;
    private final Clock clock;

    ReturnRefunds(ReturnSteps steps, ReturnRepository returns, Refunds refunds, Clock clock) {
        this.steps = steps;
        this.returns = returns;
        this.refunds = refunds;
        this.clock = clock;
    }

    /**
     * What a refund of the return gives back unless the admin lowers it: what its lines paid, plus the order's
     * shipping when it brought the rest of the order back, but not more than the order has left to refund.
     */
    @Transactional(readOnly = true)
    public BigDecimal defaultAmount(Return value) {
        BigDecimal left = refunds.refundable(value.orderId());
        // nothing left may mean this return's own refund went through already: ask for it again by its key
        return left.signum() > 0 ? value.suggestedRefund().min(left) : value.suggestedRefund();
    }

    /**
     * Refunds the received return: {@code amount}, or the default when null.
     *
     * @throws InvalidRequestException when the amount is not positive, has more than cents, or exceeds what the
     *         returned lines paid (or what the order has left to refund)
     * @throws ReturnStatusConflictException when the return is not received, or was refunded just now
     * @throws io.aisle.platform.ConflictException when the order has no payment to refund
     * @throws io.aisle.ordering.PaymentProviderException when the provider did not confirm; the return stays
     *         RECEIVED and refunding it again is safe
     */
    @Transactional
    public Return refund(long returnId, BigDecimal amount) {
        Return current = steps.get(returnId);
        if (current.status() != ReturnStatus.RECEIVED) {
            throw new ReturnStatusConflictException(returnId, current.status(), ReturnStatus.REFUNDED);
        }
        BigDecimal paid = amount == null ? defaultAmount(current) : amount;
        if (paid.signum() <= 0 || paid.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException("amount", "must be a positive amount in cents");
        }
        if (paid.compareTo(current.suggestedRefund()) > 0) {
            throw new InvalidRequestException("amount", "must be at most " + current.suggestedRefund()
                    + ", what the returned items paid");
        }
        // the guard first: a second click waits for this one's row lock, then finds REFUNDED and asks no provider
        steps.move(current, Set.of(ReturnStatus.RECEIVED),
                new Step(ReturnStatus.REFUNDED, clock.instant(), null, null, paid.setScale(2)));
        Payment payment = refunds.refund(current.orderId(), paid.setScale(2), "Return #" + returnId,
                "return-" + returnId);
        returns.recordRefund(returnId, payment.amount(), payment.providerReference());
        return steps.get(returnId);
    }
}
