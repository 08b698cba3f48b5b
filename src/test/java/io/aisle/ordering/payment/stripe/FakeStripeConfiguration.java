package io.aisle.ordering.payment.stripe;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points the shop at the fake Stripe: one fake per test JVM, shared by every test class that imports this (with the
 * same {@link StripeApiTest#PROVIDER} properties they share one Spring context too).
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeStripeConfiguration {

    public static final FakeStripe STRIPE = new FakeStripe();

    @Bean
    static DynamicPropertyRegistrar fakeStripeAddresses() {
        return registry -> {
            registry.add("aisle.payments.stripe.api-base", STRIPE::apiBase);
            registry.add("aisle.payments.stripe.js-url", STRIPE::jsUrl);
        };
    }
}
