package io.aisle.ordering.payment;

import io.aisle.ordering.PaymentDeclinedException;
import io.aisle.ordering.PaymentGateway;
import io.aisle.ordering.PaymentProviderException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stands in for a payment provider, keeping its own books like a real one ({@link SimulatedProviderRepository}):
 * one charge per order id, so charging an order again returns the first reference and takes nothing more, and
 * refunds once per idempotency key. It takes the money at once (no customer step), approving every charge except
 * for two test tokens: {@value #DECLINED_TOKEN} is refused, and {@value #LOST_RESPONSE_TOKEN} is charged but its
 * answer is lost on the way back (a timeout after the provider took the money), so that crash recovery can be
 * tried without a provider account.
 */
@Component
@ConditionalOnProperty(name = "aisle.payments.provider", havingValue = "simulated", matchIfMissing = true)
class SimulatedPaymentGateway implements PaymentGateway {

    static final String DECLINED_TOKEN = "tok_declined";
    static final String LOST_RESPONSE_TOKEN = "tok_lost_response";

    private final SimulatedProviderRepository books;
    private final Clock clock;

    SimulatedPaymentGateway(SimulatedProviderRepository books, Clock clock) {
        this.books = books;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return "simulated";
    }

    @Override
    public PaymentStart start(Charge charge) {
        if (DECLINED_TOKEN.equals(charge.paymentToken())) {
            throw new PaymentDeclinedException();
        }
        ProviderCharge recorded = books.chargeOnce(charge, "sim_" + UUID.randomUUID(), clock.instant());
        if (recorded.refunded() || recorded.amount().compareTo(charge.amount()) != 0) {
            // a provider refuses an idempotency key reused for another payment; the checkout rolls back
            throw new PaymentProviderException();
        }
        if (LOST_RESPONSE_TOKEN.equals(charge.paymentToken())) {
            throw new PaymentProviderException();
        }
        return new PaymentStart(PaymentStart.Outcome.PAID, recorded.reference(), null);
    }

    @Override
    public String resume(String reference) {
        return null;
    }

    @Override
    public void capture(String reference, BigDecimal amount, String idempotencyKey) {
        // the simulated provider takes the money at once: there is never anything left to capture
    }

    @Override
    public boolean cancel(String reference) {
        // nothing is ever pending here: a payment that exists has taken its money
        return false;
    }

    @Override
    public List<ProviderCharge> charges(Instant from, Instant to) {
        return books.findBetween(from, to);
    }

    @Override
    public String refund(Refund refund) {
        ProviderCharge charge = books.findByOrder(refund.orderId())
                .filter(found -> found.reference().equals(refund.reference()))
                .orElseThrow(PaymentProviderException::new);
        BigDecimal refunded = books.refundOnce(refund, "simre_" + UUID.randomUUID(), clock.instant());
        if (refunded.compareTo(charge.amount()) >= 0) {
            books.markRefunded(charge.orderId(), books.firstRefundReference(refund.idempotencyKey()), clock.instant());
        }
        return books.firstRefundReference(refund.idempotencyKey());
    }
}
