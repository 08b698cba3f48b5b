package io.aisle.ordering.payment;

import io.aisle.ordering.PaymentDeclinedException;
import io.aisle.ordering.PaymentGateway;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Stands in for a payment provider: approves every charge except those made with the token
 * {@value #DECLINED_TOKEN}, so that the declined path can be tried without a provider account.
 */
@Component
class SimulatedPaymentGateway implements PaymentGateway {

    static final String DECLINED_TOKEN = "tok_declined";

    @Override
    public String charge(Charge charge) {
        if (DECLINED_TOKEN.equals(charge.paymentToken())) {
            throw new PaymentDeclinedException();
        }
        return "sim_" + UUID.randomUUID();
    }
}
