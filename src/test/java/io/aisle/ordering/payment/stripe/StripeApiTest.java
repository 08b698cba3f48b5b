package io.aisle.ordering.payment.stripe;

import io.aisle.ordering.OrderingApiTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shop with Stripe as its payment provider, Stripe being the fake ({@link FakeStripeConfiguration}). */
@Import(FakeStripeConfiguration.class)
@TestPropertySource(properties = {
        StripeApiTest.PROVIDER,
        "AISLE_STRIPE_SECRET_KEY=" + FakeStripe.SECRET_KEY,
        "AISLE_STRIPE_PUBLISHABLE_KEY=" + FakeStripe.PUBLISHABLE_KEY,
        "AISLE_STRIPE_WEBHOOK_SECRET=" + FakeStripe.WEBHOOK_SECRET
})
public abstract class StripeApiTest extends OrderingApiTest {

    static final String PROVIDER = "AISLE_PAYMENT_PROVIDER=stripe";
    protected static final FakeStripe STRIPE = FakeStripeConfiguration.STRIPE;

    /** An order of a customer waiting for its Stripe payment. */
    protected record PendingOrder(Customer customer, long orderId, long productId, String intent) {
    }

    @BeforeEach
    void sendWebhooksHere() {
        STRIPE.sendWebhooksTo("http://localhost:" + port);
        STRIPE.webhooks.hold(false);
        STRIPE.recover();
        STRIPE.violations.clear();
    }

    @AfterEach
    void stripeSawNoBadRequest() {
        assertThat(STRIPE.violations).isEmpty();
    }

    /** A customer checks out two units of a new product (stock 5) with Stripe: the order waits for its payment. */
    protected PendingOrder pendingOrder() {
        Customer customer = newCustomer();
        long productId = newProduct(CATEGORY, new BigDecimal("60.00"), 5);
        addToCart(customer, productId, 2);
        Map<?, ?> order = placeOrder(customer);
        assertThat(order.get("status")).isEqualTo("PENDING");
        return new PendingOrder(customer, id(order), productId, intentOf(id(order)));
    }

    protected String intentOf(long orderId) {
        return jdbc.sql("SELECT payment_intent FROM orders WHERE id = :id").param("id", orderId).query(String.class)
                .single();
    }

    /** "STATUS/PAYMENT_STATUS" of the order as stored. */
    protected String statusOf(long orderId) {
        return jdbc.sql("SELECT CONCAT(status, '/', payment_status) FROM orders WHERE id = :id").param("id", orderId)
                .query(String.class).single();
    }

    protected int chargesOf(long orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM payments WHERE order_id = :id AND kind = 'CHARGE'")
                .param("id", orderId).query(Integer.class).single();
    }

    protected int recorded(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_provider_events WHERE provider = 'stripe' AND event_id = :id")
                .param("id", eventId).query(Integer.class).single();
    }

    /** Mails written to the outbox about this (e.g. {@code order-confirmation:42}). */
    protected int mails(String about) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key = :key").param("key", about)
                .query(Integer.class).single();
    }

    /** The fake's latest event of this type about this PaymentIntent. */
    protected FakeStripeWebhooks.Event event(String intent, String type) {
        return STRIPE.webhooks.emitted.stream().filter(e -> e.intentId().equals(intent) && e.type().equals(type))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no " + type + " for " + intent));
    }
}
