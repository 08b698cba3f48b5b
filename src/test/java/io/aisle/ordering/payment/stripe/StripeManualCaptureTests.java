package io.aisle.ordering.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/** With manual capture the customer's payment is only authorized, and the admin takes the money later, once. */
@TestPropertySource(properties = "AISLE_STRIPE_CAPTURE=manual")
class StripeManualCaptureTests extends StripeApiTest {

    @Test
    void anAuthorizedPaymentConfirmsTheOrderAndTheAdminCapturesItOnce() {
        PendingOrder order = pendingOrder();
        assertThat(STRIPE.requestsTo("POST", "/v1/payment_intents")).filteredOn(r ->
                r.params().get("metadata[aisle_order_id]").equals(Long.toString(order.orderId()))).singleElement()
                .satisfies(r -> assertThat(r.params()).containsEntry("capture_method", "manual"));

        STRIPE.confirm(order.intent(), FakeStripe.SUCCEEDS);

        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(order.orderId()), "CONFIRMED/AUTHORIZED"::equals);
        assertThat(chargesOf(order.orderId())).isZero();
        assertThat(STRIPE.status(order.intent())).isEqualTo("requires_capture");

        String admin = adminBearer();
        api.post().uri("/api/v1/admin/orders/{id}/capture", order.orderId()).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(15)).until(() -> recorded(event(order.intent(),
                "payment_intent.succeeded").id()) == 1);
        expectProblem(api.post().uri("/api/v1/admin/orders/{id}/capture", order.orderId())
                .header(HttpHeaders.AUTHORIZATION, admin).exchange(), 409);

        assertThat(statusOf(order.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(chargesOf(order.orderId())).isEqualTo(1);
        long totalInCents = jdbc.sql("SELECT ROUND(total * 100) FROM orders WHERE id = :id")
                .param("id", order.orderId()).query(Long.class).single();
        assertThat(STRIPE.requestsTo("POST", "/v1/payment_intents/" + order.intent() + "/capture")).singleElement()
                .satisfies(capture -> {
                    assertThat(capture.params()).containsEntry("amount_to_capture", Long.toString(totalInCents));
                    assertThat(capture.idempotencyKey()).endsWith(":capture-" + order.orderId());
                });
    }
}
