package io.aisle.storefront.checkout;

import io.aisle.ordering.StripeProperties;

/**
 * The payment page's Content-Security-Policy: the shop's own, plus what Stripe.js needs (its script, its calls to
 * Stripe's API, and the frames in which the Payment Element and 3-D Secure run), from the configured addresses and
 * from Stripe's documented hosts.
 */
final class PaymentPagePolicy {

    private static final String STRIPE_FRAMES = "https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com";

    private PaymentPagePolicy() {
    }

    static String of(StripeProperties stripe) {
        String js = stripe.jsOrigin();
        return "default-src 'self'; img-src 'self' data: https://*.stripe.com; style-src 'self' 'unsafe-inline'; "
                + "script-src 'self' " + js + " https://*.js.stripe.com; "
                + "connect-src 'self' " + js + " " + stripe.apiOrigin() + " https://api.stripe.com; "
                + "frame-src " + js + " " + STRIPE_FRAMES + "; frame-ancestors 'none'; form-action 'self'";
    }
}
