package io.aisle.ordering.payment.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.net.Webhook;
import io.aisle.ordering.StripeProperties;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives Stripe's webhooks: checks the signature, then, for a PaymentIntent's event, asks Stripe for the
 * PaymentIntent as it is now and hands both to {@link StripeEventHandler}. Events come in any order and more than
 * once (a {@code payment_failed} may arrive after the same PaymentIntent's {@code succeeded}), so the event only says
 * which payment to look at; what the shop does follows the PaymentIntent's current status. Stripe is asked before the
 * database transaction opens, so no row lock waits on the network. An event about a PaymentIntent Stripe does not
 * know (another account's, a forged id in a correctly signed test event) is only recorded.
 */
@Service
@ConditionalOnProperty(name = "aisle.payments.provider", havingValue = "stripe")
class StripeWebhooks {

    private static final String INTENT_EVENTS = "payment_intent.";

    private final StripeProperties settings;
    private final StripePaymentGateway gateway;
    private final StripeEventHandler handler;
    private final JsonMapper json;

    StripeWebhooks(StripeProperties settings, StripePaymentGateway gateway, StripeEventHandler handler,
            JsonMapper json) {
        this.settings = settings;
        this.gateway = gateway;
        this.handler = handler;
        this.json = json;
    }

    /** Handles one delivery; throws {@link InvalidWebhookException} (400) for one Stripe did not sign. */
    void receive(String payload, String signature) {
        Event event = verified(payload, signature);
        String objectId = objectId(payload);
        Optional<PaymentIntent> intent = event.getType().startsWith(INTENT_EVENTS) && objectId != null
                ? gateway.find(objectId) : Optional.empty();
        if (intent.isPresent()) {
            handler.handle(event.getId(), event.getType(), intent.get());
        } else {
            handler.record(event.getId(), event.getType(), objectId);
        }
    }

    private Event verified(String payload, String signature) {
        if (signature == null || signature.isBlank()) {
            throw new InvalidWebhookException();
        }
        try {
            Event event = Webhook.constructEvent(payload, signature, settings.webhookSecret());
            if (event.getId() == null || event.getType() == null) {
                throw new InvalidWebhookException();
            }
            return event;
        } catch (SignatureVerificationException | com.google.gson.JsonParseException e) {
            throw new InvalidWebhookException();
        }
    }

    /** The id of the event's object, read from the payload itself: Stripe's typed view of it depends on API versions. */
    private String objectId(String payload) {
        try {
            JsonNode id = json.readTree(payload).path("data").path("object").path("id");
            return id.isString() ? id.asString() : null;
        } catch (JacksonException e) {
            throw new InvalidWebhookException();
        }
    }
}
