package io.aisle.ordering.payment.stripe;

import com.stripe.StripeClient;
import io.aisle.ordering.StripeProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Stripe client of this shop when {@code aisle.payments.provider=stripe}: one per application, with its own key
 * and API base (never the library's static {@code Stripe.apiKey}, which every client in the JVM would share). Stripe
 * retries network failures itself; every call that changes something carries our own idempotency key, so a retry
 * never charges or refunds twice.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aisle.payments.provider", havingValue = "stripe")
class StripeConfiguration {

    static final int TIMEOUT_MILLIS = 10_000;

    @Bean
    StripeClient stripeClient(StripeProperties settings) {
        if (settings.secretKey() == null || settings.webhookSecret() == null || settings.publishableKey() == null) {
            throw new IllegalStateException("AISLE_PAYMENT_PROVIDER=stripe needs AISLE_STRIPE_SECRET_KEY, "
                    + "AISLE_STRIPE_PUBLISHABLE_KEY and AISLE_STRIPE_WEBHOOK_SECRET (see docs/payments.md)");
        }
        return StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase())
                .setConnectTimeout(TIMEOUT_MILLIS)
                .setReadTimeout(TIMEOUT_MILLIS)
                .setMaxNetworkRetries(2)
                .build();
    }
}
