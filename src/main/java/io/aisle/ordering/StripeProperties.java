package io.aisle.ordering;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Stripe settings under {@code aisle.payments.stripe}, used when {@code aisle.payments.provider} is {@code stripe}:
 * the account's {@code secretKey} (server calls) and {@code publishableKey} (the payment page's Stripe.js), the
 * {@code webhookSecret} that signs Stripe's webhooks, whether payments are captured at once ({@code automatic}) or
 * only authorized and captured by the admin ({@code manual}), and where the API and Stripe.js are ({@code apiBase},
 * {@code jsUrl}: Stripe's own unless a test points them at a fake). {@link #toString()} never shows the secrets.
 */
@ConfigurationProperties("aisle.payments.stripe")
public record StripeProperties(String secretKey, String publishableKey, String webhookSecret, Capture capture,
        String apiBase, String jsUrl) {

    public static final String STRIPE_API = "https://api.stripe.com";
    public static final String STRIPE_JS = "https://js.stripe.com/v3/";

    /** When a payment's money is taken: when the customer confirms it, or when the admin captures it. */
    public enum Capture {
        AUTOMATIC, MANUAL
    }

    public StripeProperties {
        secretKey = blankToNull(secretKey);
        publishableKey = blankToNull(publishableKey);
        webhookSecret = blankToNull(webhookSecret);
        capture = capture == null ? Capture.AUTOMATIC : capture;
        apiBase = blankToNull(apiBase) == null ? STRIPE_API : apiBase;
        jsUrl = blankToNull(jsUrl) == null ? STRIPE_JS : jsUrl;
    }

    /** The origin (scheme, host, port) Stripe.js is loaded from, for the payment page's Content-Security-Policy. */
    public String jsOrigin() {
        return origin(jsUrl);
    }

    /** The origin of the API, which Stripe.js calls from the payment page. */
    public String apiOrigin() {
        return origin(apiBase);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "StripeProperties[secretKey=" + (secretKey == null ? "unset" : "***") + ", publishableKey="
                + publishableKey + ", webhookSecret=" + (webhookSecret == null ? "unset" : "***") + ", capture="
                + capture + ", apiBase=" + apiBase + ", jsUrl=" + jsUrl + "]";
    }
}
