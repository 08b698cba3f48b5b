package io.aisle.ordering;

import io.aisle.catalog.OutOfStockException;
import io.aisle.platform.AisleException;
import io.aisle.platform.ConflictException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * What checkouts come to, counted on this instance ({@code aisle.orders.checkouts}, tagged {@code outcome} and
 * {@code reason}), and how long they take ({@code aisle.orders.checkout}, a timer with a Prometheus histogram so
 * percentiles can be computed across instances). A checkout is placed (a new order), replayed (an idempotent
 * repeat answered with the order it made), refused (the buyer can act on it: out of stock, a conflict such as
 * a cart checked out concurrently, a declined payment, an empty cart, invalid input) or failed (the shop could not
 * complete it: the payment provider or the database did not answer).
 */
@Component
class CheckoutMeters {

    private final MeterRegistry registry;

    CheckoutMeters(MeterRegistry registry) {
        this.registry = registry;
        // at zero from the start, so that rates and the dashboard's panels exist before the first order
        counter("placed", "none");
        counter("refused", "out_of_stock");
        timer("placed");
    }

    /** Runs one checkout, recording its outcome and time; the checkout's own answer or exception passes through. */
    PlacedOrder measure(Supplier<PlacedOrder> checkout) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        String reason = "error";
        try {
            PlacedOrder placed = checkout.get();
            outcome = placed.replayed() ? "replayed" : "placed";
            reason = "none";
            return placed;
        } catch (RuntimeException e) {
            outcome = e instanceof AisleException refusal && refusal.status() < 500 ? "refused" : "failed";
            reason = reason(e);
            throw e;
        } finally {
            sample.stop(timer(outcome));
            counter(outcome, reason).increment();
        }
    }

    private Counter counter(String outcome, String reason) {
        return Counter.builder("aisle.orders.checkouts").description("Checkouts by outcome and reason")
                .tag("outcome", outcome).tag("reason", reason).register(registry);
    }

    private Timer timer(String outcome) {
        return Timer.builder("aisle.orders.checkout").description("Time to answer a checkout, whatever its outcome")
                .tag("outcome", outcome).publishPercentileHistogram().register(registry);
    }

    private static String reason(RuntimeException e) {
        if (e instanceof OutOfStockException) {
            return "out_of_stock";
        }
        if (e instanceof EmptyCartException) {
            return "empty_cart";
        }
        if (e instanceof ConflictException) {
            return "conflict";
        }
        if (e instanceof PaymentDeclinedException) {
            return "payment_declined";
        }
        if (e instanceof PaymentProviderException) {
            return "payment_provider";
        }
        if (e instanceof AisleException refusal && refusal.status() < 500) {
            return refusal.status() == 404 ? "not_found" : "validation";
        }
        return e instanceof DataAccessException ? "database" : "error";
    }
}
