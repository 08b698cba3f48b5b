package io.aisle.ordering.payment.stripe;

import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import io.aisle.ordering.PaymentDeclinedException;
import io.aisle.ordering.PaymentProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls to Stripe and turns its failures into the shop's: a card error (the customer's bank said no) is a
 * {@link PaymentDeclinedException}, anything else (network, Stripe down, a refused request) a
 * {@link PaymentProviderException}. Only Stripe's error type, code, HTTP status and request id are logged, never its
 * message, which may quote the request (and so, a misconfigured key).
 */
final class StripeRequests {

    private static final Logger log = LoggerFactory.getLogger(StripeRequests.class);

    /** One call to Stripe. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws StripeException;
    }

    private StripeRequests() {
    }

    static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (CardException e) {
            log.info("Stripe declined {}: code {}, decline code {}, request {}", what, e.getCode(),
                    e.getDeclineCode(), e.getRequestId());
            throw new PaymentDeclinedException();
        } catch (StripeException e) {
            log.warn("Stripe failed to {}: {} (code {}, HTTP {}, request {})", what, e.getClass().getSimpleName(),
                    e.getCode(), e.getStatusCode(), e.getRequestId());
            throw new PaymentProviderException();
        }
    }
}
