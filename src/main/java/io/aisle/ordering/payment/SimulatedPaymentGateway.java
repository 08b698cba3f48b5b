package io.aisle.ordering.payment;

import io.aisle.ordering.PaymentDeclinedException;
import io.aisle.ordering.PaymentGateway;
import io.aisle.ordering.PaymentProviderException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Stands in for a payment provider, keeping its own books like a real one ({@link SimulatedProviderRepository}):
 * one charge per order id, so charging an order again returns the first reference and takes nothing more.
 * It approves every charge except for two test tokens: {@value #DECLINED_TOKEN} is refused, and
 * {@value #LOST_RESPONSE_TOKEN} is charged but its answer is lost on the way back (a timeout after the
 * provider took the money), so that crash recovery can be tried without a provider account.
 */
@Component
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
    public String charge(Charge charge) {
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
        return recorded.reference();
    }

    @Override
    public List<ProviderCharge> charges(Instant from, Instant to) {
        return books.findBetween(from, to);
    }

    @Override
    public String refund(ProviderCharge charge) {
        books.markRefunded(charge.orderId(), "simre_" + UUID.randomUUID(), clock.instant());
        return books.findByOrder(charge.orderId()).orElseThrow().refundReference();
    }
}
