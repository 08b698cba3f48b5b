package io.aisle.ordering.payment.stripe;

import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/** A PaymentIntent as the fake Stripe keeps it; guarded by the fake's lock. */
final class FakeIntent {

    final String id;
    final long amount;
    final String currency;
    final String captureMethod;
    final String orderId;
    final String shop;
    /** Its refunds as Stripe answers them, oldest first. */
    final java.util.List<ObjectNode> refunds = new java.util.ArrayList<>();
    final String receiptEmail;
    final long created;
    final String clientSecret;
    String status = "requires_payment_method";
    long received;
    long capturable;
    long refunded;
    String chargeId;
    String lastError;

    FakeIntent(String id, long amount, String currency, String captureMethod, String orderId, String shop,
            String receiptEmail, long created, String clientSecret) {
        this.shop = shop;
        this.id = id;
        this.amount = amount;
        this.currency = currency;
        this.captureMethod = captureMethod;
        this.orderId = orderId;
        this.receiptEmail = receiptEmail;
        this.created = created;
        this.clientSecret = clientSecret;
    }

    /** As Stripe answers it, with its latest charge as an id or, expanded, as the charge object. */
    ObjectNode json(JsonMapper json, boolean expandCharge) {
        ObjectNode intent = json.createObjectNode().put("id", id).put("object", "payment_intent")
                .put("amount", amount).put("amount_capturable", capturable).put("amount_received", received)
                .put("currency", currency).put("status", status).put("client_secret", clientSecret)
                .put("capture_method", captureMethod).put("confirmation_method", "automatic")
                .put("created", created).put("livemode", false).put("receipt_email", receiptEmail);
        intent.putObject("metadata").put("aisle_order_id", orderId).put("aisle_shop", shop);
        intent.putObject("automatic_payment_methods").put("enabled", true);
        if (lastError == null) {
            intent.putNull("last_payment_error");
        } else {
            intent.putObject("last_payment_error").put("type", "card_error").put("code", "card_declined")
                    .put("decline_code", "generic_decline").put("message", lastError);
        }
        if (chargeId == null) {
            intent.putNull("latest_charge");
        } else if (expandCharge) {
            intent.putObject("latest_charge").put("id", chargeId).put("object", "charge").put("amount", amount)
                    .put("amount_captured", received).put("amount_refunded", refunded)
                    .put("refunded", received > 0 && refunded >= received).put("currency", currency)
                    .put("payment_intent", id).put("status", "succeeded").put("paid", true);
        } else {
            intent.put("latest_charge", chargeId);
        }
        if ("requires_action".equals(status)) {
            intent.putObject("next_action").put("type", "use_stripe_sdk");
        } else {
            intent.putNull("next_action");
        }
        return intent;
    }
}
