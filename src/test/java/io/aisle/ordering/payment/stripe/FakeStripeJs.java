package io.aisle.ordering.payment.stripe;

import java.util.List;

/**
 * What the fake Stripe does for Stripe.js, on the customer's side: confirm a PaymentIntent with a test card (with the
 * publishable key and the client secret, as Stripe.js does) and complete 3-D Secure. Guarded by the API's lock.
 */
final class FakeStripeJs {

    private final FakeStripeApi api;

    FakeStripeJs(FakeStripeApi api) {
        this.api = api;
    }

    /** A request Stripe.js sends for the customer. */
    FakeStripeApi.Answer step(FakeStripe.Request request, String intentId) {
        synchronized (api) {
            FakeIntent intent = api.find(intentId);
            if (intent == null || !FakeStripe.PUBLISHABLE_KEY.equals(request.params().get("key"))
                    || !intent.clientSecret.equals(request.params().get("client_secret"))) {
                return api.refuse(401, "invalid_request_error", "api_key_invalid",
                        "bad key or client secret for " + intentId);
            }
            String status = request.path().endsWith("/confirm") ? confirm(intentId, request.params().get("card"))
                    : completeThreeDSecure(intentId);
            if (intent.lastError != null && "requires_payment_method".equals(status)) {
                return api.error(402, "card_error", "card_declined", intent.lastError);
            }
            return api.ok(intent.json(api.json(), false));
        }
    }

    String confirm(String intentId, String card) {
        synchronized (api) {
            FakeIntent intent = api.intent(intentId);
            if (!List.of("requires_payment_method", "requires_confirmation").contains(intent.status)) {
                return intent.status;
            }
            intent.lastError = null;
            switch (card == null ? "" : card.replace(" ", "")) {
                case FakeStripe.SUCCEEDS -> authorized(intent);
                case FakeStripe.THREE_D_SECURE -> {
                    intent.status = "requires_action";
                    api.emit("payment_intent.requires_action", intent);
                }
                default -> {
                    intent.status = "requires_payment_method";
                    intent.lastError = "Your card was declined.";
                    api.emit("payment_intent.payment_failed", intent);
                }
            }
            return intent.status;
        }
    }

    String completeThreeDSecure(String intentId) {
        synchronized (api) {
            FakeIntent intent = api.intent(intentId);
            if ("requires_action".equals(intent.status)) {
                authorized(intent);
            }
            return intent.status;
        }
    }

    private void authorized(FakeIntent intent) {
        intent.chargeId = "ch_fake" + api.ids.incrementAndGet();
        if ("manual".equals(intent.captureMethod)) {
            intent.status = "requires_capture";
            intent.capturable = intent.amount;
            api.emit("payment_intent.amount_capturable_updated", intent);
        } else {
            intent.status = "succeeded";
            intent.received = intent.amount;
            api.emit("payment_intent.succeeded", intent);
        }
    }
}
