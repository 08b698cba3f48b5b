package io.aisle.ordering.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.ordering.PaymentGateway;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stripe's webhooks against the real shop and database: a payment confirmed with Stripe confirms its order once,
 * whatever order the events come in, however often, and only when Stripe signed them.
 */
class StripeWebhookTests extends StripeApiTest {

    private static final Duration WEBHOOK = Duration.ofSeconds(15);

    @Autowired
    private PaymentGateway gateway;

    @Autowired
    private List<io.aisle.platform.AisleCommand> commands;

    @Test
    void aPaymentConfirmedWithStripeConfirmsItsOrderThroughTheSignedWebhook() {
        PendingOrder order = pendingOrder();
        assertThat(statusOf(order.orderId())).isEqualTo("PENDING/PENDING");
        long totalInCents = jdbc.sql("SELECT ROUND(total * 100) FROM orders WHERE id = :id")
                .param("id", order.orderId()).query(Long.class).single();
        assertThat(STRIPE.requestsTo("POST", "/v1/payment_intents")).filteredOn(created ->
                created.params().get("metadata[aisle_order_id]").equals(Long.toString(order.orderId()))).singleElement()
                .satisfies(created -> {
            assertThat(created.params()).containsEntry("amount", Long.toString(totalInCents))
                    .containsEntry("currency", "usd").containsEntry("capture_method", "automatic")
                    .containsEntry("receipt_email", order.customer().email());
            assertThat(created.idempotencyKey()).endsWith(":order-" + order.orderId() + "-start");
        });

        assertThat(mails("order-confirmation:" + order.orderId())).isZero();

        STRIPE.confirm(order.intent(), FakeStripe.SUCCEEDS);

        await().atMost(WEBHOOK).until(() -> statusOf(order.orderId()), "CONFIRMED/PAID"::equals);
        assertThat(mails("order-confirmation:" + order.orderId())).isEqualTo(1);
        assertThat(chargesOf(order.orderId())).isEqualTo(1);
        assertThat(recorded(event(order.intent(), "payment_intent.succeeded").id())).isEqualTo(1);
        assertThat(stockInDatabase(order.productId())).isEqualTo(3);
    }

    @Test
    void theSameEventTwiceEvenAtOnceChangesNothingMore() throws Exception {
        PendingOrder order = pendingOrder();
        STRIPE.webhooks.hold(true);
        STRIPE.confirm(order.intent(), FakeStripe.SUCCEEDS);
        FakeStripeWebhooks.Event succeeded = event(order.intent(), "payment_intent.succeeded");

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> STRIPE.webhooks.deliver(succeeded));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> STRIPE.webhooks.deliver(succeeded));
        assertThat(List.of(first.get(), second.get())).containsOnly(200);
        assertThat(STRIPE.webhooks.deliver(succeeded)).isEqualTo(200);

        assertThat(statusOf(order.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(chargesOf(order.orderId())).isEqualTo(1);
        assertThat(recorded(succeeded.id())).isEqualTo(1);
        assertThat(stockInDatabase(order.productId())).isEqualTo(3);
        assertThat(mails("order-confirmation:" + order.orderId())).isEqualTo(1);
    }

    @Test
    void eventsInAnyOrderAreReadAgainstThePaymentsCurrentStatus() {
        PendingOrder order = pendingOrder();
        STRIPE.webhooks.hold(true);
        STRIPE.confirm(order.intent(), FakeStripe.DECLINED);
        STRIPE.confirm(order.intent(), FakeStripe.SUCCEEDS);
        FakeStripeWebhooks.Event failed = event(order.intent(), "payment_intent.payment_failed");
        FakeStripeWebhooks.Event succeeded = event(order.intent(), "payment_intent.succeeded");

        // the first attempt's failure arrives last-but-one: by now the payment has succeeded, and that counts
        assertThat(STRIPE.webhooks.deliver(failed)).isEqualTo(200);
        assertThat(statusOf(order.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(STRIPE.webhooks.deliver(succeeded)).isEqualTo(200);
        assertThat(STRIPE.webhooks.deliver(failed)).isEqualTo(200);

        assertThat(statusOf(order.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(chargesOf(order.orderId())).isEqualTo(1);
        assertThat(stockInDatabase(order.productId())).isEqualTo(3);
    }

    @Test
    void aDeclinedCardLeavesTheOrderWaitingSoTheCustomerCanPayWithAnotherCard() {
        PendingOrder order = pendingOrder();
        STRIPE.webhooks.hold(true);
        STRIPE.confirm(order.intent(), FakeStripe.DECLINED);

        assertThat(STRIPE.webhooks.deliver(event(order.intent(), "payment_intent.payment_failed"))).isEqualTo(200);

        assertThat(statusOf(order.orderId())).isEqualTo("PENDING/PENDING");
        assertThat(stockInDatabase(order.productId())).isEqualTo(3);
        assertThat(gateway.resume(order.intent())).isNotNull();
        assertThat(mails("payment-failed:" + order.orderId())).isZero();
    }

    @Test
    void threeDSecureKeepsTheOrderWaitingUntilTheCustomerCompletesIt() {
        PendingOrder order = pendingOrder();
        STRIPE.confirm(order.intent(), FakeStripe.THREE_D_SECURE);
        String requiresAction = event(order.intent(), "payment_intent.requires_action").id();
        await().atMost(WEBHOOK).until(() -> recorded(requiresAction) == 1);
        assertThat(statusOf(order.orderId())).isEqualTo("PENDING/PENDING");

        STRIPE.completeThreeDSecure(order.intent());

        await().atMost(WEBHOOK).until(() -> statusOf(order.orderId()), "CONFIRMED/PAID"::equals);
    }

    @Test
    void aCancelledPaymentCancelsTheOrderAndReleasesItsStock() {
        PendingOrder order = pendingOrder();
        STRIPE.webhooks.hold(true);
        assertThat(gateway.cancel(order.intent())).isTrue();

        assertThat(STRIPE.webhooks.deliver(event(order.intent(), "payment_intent.canceled"))).isEqualTo(200);

        assertThat(statusOf(order.orderId())).isEqualTo("CANCELLED/VOIDED");
        assertThat(stockInDatabase(order.productId())).isEqualTo(5);
        assertThat(chargesOf(order.orderId())).isZero();
        assertThat(mails("payment-failed:" + order.orderId())).isEqualTo(1);
        assertThat(mails("order-confirmation:" + order.orderId())).isZero();
    }

    @Test
    void answers400AndChangesNothingForAWebhookStripeDidNotSign() {
        PendingOrder order = pendingOrder();
        STRIPE.webhooks.hold(true);
        STRIPE.confirm(order.intent(), FakeStripe.SUCCEEDS);
        FakeStripeWebhooks.Event succeeded = event(order.intent(), "payment_intent.succeeded");
        long now = Instant.now().getEpochSecond();

        assertThat(STRIPE.webhooks.deliver(succeeded, null)).isEqualTo(400);
        assertThat(STRIPE.webhooks.deliver(succeeded,
                FakeStripeWebhooks.signature(succeeded.payload(), "whsec_not_the_shops", now))).isEqualTo(400);
        assertThat(STRIPE.webhooks.deliver(succeeded,
                FakeStripeWebhooks.signature(succeeded.payload(), FakeStripe.WEBHOOK_SECRET, now - 3600)))
                .isEqualTo(400);
        String signed = FakeStripeWebhooks.signature(succeeded.payload(), FakeStripe.WEBHOOK_SECRET, now);
        assertThat(STRIPE.webhooks.send(succeeded.id(), succeeded.type(),
                succeeded.payload().replace("\"livemode\":false", "\"livemode\":true"), signed)).isEqualTo(400);
        assertThat(STRIPE.webhooks.deliveries).filteredOn(d -> d.eventId().equals(succeeded.id()))
                .allSatisfy(d -> assertThat(d.answer()).contains("\"status\":400").contains("Invalid webhook"));

        assertThat(statusOf(order.orderId())).isEqualTo("PENDING/PENDING");
        assertThat(recorded(succeeded.id())).isZero();

        assertThat(STRIPE.webhooks.deliver(succeeded)).isEqualTo(200);
        assertThat(statusOf(order.orderId())).isEqualTo("CONFIRMED/PAID");
    }

    @Test
    void whenStripeCannotBeAskedTheEventIsNotRecordedAndItsRedeliveryConfirmsTheOrder() {
        PendingOrder order = pendingOrder();
        STRIPE.webhooks.hold(true);
        STRIPE.confirm(order.intent(), FakeStripe.SUCCEEDS);
        FakeStripeWebhooks.Event succeeded = event(order.intent(), "payment_intent.succeeded");

        STRIPE.fail(500, "api_error", null);
        assertThat(STRIPE.webhooks.deliver(succeeded)).isGreaterThanOrEqualTo(500);
        assertThat(recorded(succeeded.id())).isZero();
        assertThat(statusOf(order.orderId())).isEqualTo("PENDING/PENDING");

        STRIPE.recover();
        assertThat(STRIPE.webhooks.deliver(succeeded)).isEqualTo(200);
        assertThat(statusOf(order.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(recorded(succeeded.id())).isEqualTo(1);
    }

    @Test
    void aRefundEventIsRecordedOnceAndChangesNothing() {
        PendingOrder order = pendingOrder();
        STRIPE.confirm(order.intent(), FakeStripe.SUCCEEDS);
        await().atMost(WEBHOOK).until(() -> statusOf(order.orderId()), "CONFIRMED/PAID"::equals);
        STRIPE.webhooks.hold(true);
        gateway.refund(new PaymentGateway.Refund(order.orderId(), order.intent(), new java.math.BigDecimal("1.00"),
                "USD", "test-refund-" + order.orderId(), "A test"));
        FakeStripeWebhooks.Event refunded = event(order.intent(), "charge.refunded");

        assertThat(STRIPE.webhooks.deliver(refunded)).isEqualTo(200);
        assertThat(STRIPE.webhooks.deliver(refunded)).isEqualTo(200);

        assertThat(recorded(refunded.id())).isEqualTo(1);
        assertThat(statusOf(order.orderId())).isEqualTo("CONFIRMED/PAID");
    }

    @Test
    void theWebhookIsDocumentedWithEveryStatusItAnswersAndItsErrorsAreProblems() {
        java.util.Map<?, ?> operation = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) api.get()
                .uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(java.util.Map.class).returnResult()
                .getResponseBody().get("paths")).get(StripeWebhookController.PATH)).get("post");
        java.util.Map<?, ?> responses = (java.util.Map<?, ?>) operation.get("responses");

        assertThat(responses.keySet().stream().map(String::valueOf).toList())
                .contains("200", "400", "413", "500", "503").doesNotContain("403", "404");
        assertThat(responses.get("400").toString()).contains("application/problem+json");
    }

    @Test
    void anEventAboutAPaymentStripeDoesNotKnowIsRecordedAndChangesNothing() {
        String eventId = "evt_unknown_" + unique("e");
        String payload = "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"created\":" + Instant.now().getEpochSecond() + ",\"livemode\":false,\"data\":{\"object\":"
                + "{\"id\":\"pi_not_in_this_account\",\"object\":\"payment_intent\",\"status\":\"succeeded\"}}}";

        assertThat(STRIPE.webhooks.send(eventId, "payment_intent.succeeded", payload, FakeStripeWebhooks.signature(
                payload, FakeStripe.WEBHOOK_SECRET, Instant.now().getEpochSecond()))).isEqualTo(200);

        assertThat(recorded(eventId)).isEqualTo(1);
    }

    @Test
    void reconcilingFindsAStripePaymentInTheLedgerAndStripesBooksAlike() {
        PendingOrder order = pendingOrder();
        STRIPE.confirm(order.intent(), FakeStripe.SUCCEEDS);
        await().atMost(WEBHOOK).until(() -> statusOf(order.orderId()), "CONFIRMED/PAID"::equals);

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new io.aisle.platform.CommandLine(commands).run("reconcile-payments",
                List.of("--days=1", "--grace-minutes=0", "--dry-run"),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));

        String report = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(report).contains("provider charges").doesNotContain("order " + order.orderId() + ":");
        assertThat(STRIPE.requestsTo("GET", "/v1/payment_intents")).last()
                .satisfies(list -> assertThat(list.params()).containsKey("created[gte]").containsKey("created[lt]"));
    }
}
