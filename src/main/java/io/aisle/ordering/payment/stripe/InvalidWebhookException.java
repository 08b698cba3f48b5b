package io.aisle.ordering.payment.stripe;

import io.aisle.platform.AisleException;

/** A webhook that is not Stripe's: no signature, a wrong or stale one, or a body that is not an event. */
class InvalidWebhookException extends AisleException {

    InvalidWebhookException() {
        super(400, "Invalid webhook", "The request is not a webhook signed by Stripe with this shop's webhook secret "
                + "(Stripe-Signature header); nothing was changed.");
    }
}
