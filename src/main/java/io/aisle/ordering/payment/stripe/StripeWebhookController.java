package io.aisle.ordering.payment.stripe;

import io.aisle.platform.AnswersProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Where Stripe tells the shop how payments ended (open to anyone: the signature, not a login, proves it is Stripe). */
@Tag(name = "Payments")
@RestController
@ConditionalOnProperty(name = "aisle.payments.provider", havingValue = "stripe")
class StripeWebhookController {

    static final String PATH = "/api/v1/payments/stripe/webhook";

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "Receive a Stripe webhook",
            description = "Stripe's events about PaymentIntents, signed with the shop's webhook secret (Stripe-Signature "
                    + "header). Each event is handled once (a replay answers 200 and changes nothing); for a "
                    + "payment_intent.* event the shop asks Stripe for the PaymentIntent's current status and acts on "
                    + "that, so events arriving out of order cannot move a payment backwards.")
    @AnswersProblem(status = 400, when = "The signature is missing, wrong or too old, or the body is not an event: "
            + "nothing changes.")
    @AnswersProblem(status = 500, when = "The shop could not handle the event: nothing was recorded, and Stripe "
            + "delivers it again later.")
    @AnswersProblem(status = 503, when = "Stripe could not be asked for the payment's status: nothing was recorded, "
            + "and Stripe delivers the event again later.")
    @PostMapping(PATH)
    Map<String, Boolean> receive(@RequestBody String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        webhooks.receive(payload, signature);
        return Map.of("received", true);
    }
}
