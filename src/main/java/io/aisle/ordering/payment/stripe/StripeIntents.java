package io.aisle.ordering.payment.stripe;

import io.aisle.ordering.StripeProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names this shop and Stripe agree on for PaymentIntents and refunds. A Stripe account may serve other systems (an
 * invoicing tool, another shop, a second Aisle), so what this shop creates carries its own metadata keys and the
 * shop's name space ({@link #namespace}), and its idempotency keys start with that name space: reconciliation lists
 * only this shop's payments, and this shop's keys never collide with another system's.
 */
final class StripeIntents {

    /** The metadata key that ties a PaymentIntent (and its refunds) to its order. */
    static final String ORDER_ID = "aisle_order_id";
    /** The metadata key naming the shop that created a PaymentIntent or refund. */
    static final String SHOP = "aisle_shop";
    /** The metadata key holding a refund's request key, by which a retried refund finds the first one. */
    static final String REQUEST = "aisle_request";

    private StripeIntents() {
    }

    /**
     * This shop's name space in the Stripe account: from its webhook endpoint's signing secret, which Stripe makes
     * different for every endpoint, so two shops on one account never share it, and one shop's instances always do.
     */
    static String namespace(StripeProperties settings) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(java.util.Objects.requireNonNullElse(settings.webhookSecret(), settings.secretKey())
                            .getBytes(StandardCharsets.UTF_8));
            return "aisle-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
