package io.aisle.ordering.payment.stripe;

import com.stripe.model.PaymentIntent;
import io.aisle.ordering.PaymentUpdates;
import io.aisle.ordering.data.ProviderEventRepository;
import io.aisle.platform.Money;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on one verified Stripe event, once: the event's id is recorded in the same transaction as what it changes,
 * so a replay finds it and changes nothing, and a failure rolls both back, so Stripe's next delivery tries again.
 * A PaymentIntent's current status decides: {@code succeeded} is paid, {@code requires_capture} authorized (manual
 * capture), {@code canceled} failed. A declined card leaves it {@code requires_payment_method}: the customer may
 * still pay with another card on the payment page while the order holds its stock, so that is not a failure yet
 * (when the reservation ends the PaymentIntent is cancelled, and that event fails the order). {@code requires_action}
 * (3-D Secure) and {@code processing} wait for the next event.
 */
@Service
@ConditionalOnProperty(name = "aisle.payments.provider", havingValue = "stripe")
class StripeEventHandler {

    static final String PROVIDER = "stripe";

    private final ProviderEventRepository events;
    private final PaymentUpdates updates;
    private final Clock clock;

    StripeEventHandler(ProviderEventRepository events, PaymentUpdates updates, Clock clock) {
        this.events = events;
        this.updates = updates;
        this.clock = clock;
    }

    @Transactional
    void handle(String eventId, String type, PaymentIntent intent) {
        if (!events.claim(PROVIDER, eventId, type, intent.getId(), clock.instant())) {
            return;
        }
        switch (intent.getStatus()) {
            case "succeeded" -> updates.succeeded(PROVIDER, intent.getId(),
                    Money.fromMinor(intent.getAmountReceived()), true);
            case "requires_capture" -> updates.succeeded(PROVIDER, intent.getId(),
                    Money.fromMinor(intent.getAmountCapturable()), false);
            case "canceled" -> updates.failed(PROVIDER, intent.getId(), reason(intent));
            default -> {
                // still with the customer or the bank: a later event says how it ends
            }
        }
    }

    /** Records an event the shop does not act on (a refund's, which the shop made itself), so a replay is known. */
    @Transactional
    void record(String eventId, String type, String reference) {
        events.claim(PROVIDER, eventId, type, reference, clock.instant());
    }

    private static String reason(PaymentIntent intent) {
        if (intent.getLastPaymentError() != null && intent.getLastPaymentError().getMessage() != null) {
            return intent.getLastPaymentError().getMessage();
        }
        return "The payment was not completed in time.";
    }
}
