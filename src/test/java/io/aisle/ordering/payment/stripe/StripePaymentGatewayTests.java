package io.aisle.ordering.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aisle.ordering.PaymentDeclinedException;
import io.aisle.ordering.PaymentGateway;
import io.aisle.ordering.PaymentGateway.PaymentStart;
import io.aisle.ordering.PaymentGateway.ProviderCharge;
import io.aisle.ordering.PaymentProviderException;
import io.aisle.ordering.StripeProperties;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The Stripe gateway against the fake Stripe, which checks every request it is sent. */
@ExtendWith(OutputCaptureExtension.class)
class StripePaymentGatewayTests {

    private final FakeStripe stripe = new FakeStripe();

    @AfterEach
    void stop() {
        stripe.close();
        assertThat(stripe.violations).isEmpty();
    }

    @Test
    void startsAPaymentIntentInMinorUnitsForTheOrderWithItsIdempotencyKey() {
        PaymentStart start = gateway(StripeProperties.Capture.AUTOMATIC)
                .start(charge(42, "12.34"));

        assertThat(start.outcome()).isEqualTo(PaymentStart.Outcome.PENDING);
        assertThat(start.reference()).startsWith("pi_");
        assertThat(start.clientSecret()).startsWith(start.reference() + "_secret_");
        FakeStripe.Request created = stripe.requestsTo("POST", "/v1/payment_intents").get(0);
        assertThat(created.authorization()).isEqualTo("Bearer " + FakeStripe.SECRET_KEY);
        // in the shop's own name space, so that another system on the same Stripe account never shares a key
        assertThat(created.idempotencyKey()).matches("aisle-[0-9a-f]{12}:order-42-start");
        assertThat(created.params()).containsEntry("amount", "1234").containsEntry("currency", "usd")
                .containsEntry("capture_method", "automatic").containsEntry("metadata[aisle_order_id]", "42")
                .containsEntry("automatic_payment_methods[enabled]", "true")
                .containsEntry("receipt_email", "buyer@example.com");
    }

    @Test
    void startingTheSameOrderAgainAnswersTheFirstPaymentIntent() {
        PaymentGateway gateway = gateway(StripeProperties.Capture.AUTOMATIC);

        PaymentStart first = gateway.start(charge(43, "20.00"));
        PaymentStart again = gateway.start(charge(43, "20.00"));

        assertThat(again).isEqualTo(first);
        assertThat(stripe.requestsTo("POST", "/v1/payment_intents")).hasSize(2)
                .allMatch(r -> r.idempotencyKey().endsWith(":order-43-start"));
    }

    @Test
    void resumesWithTheClientSecretOnlyWhileTheCustomerStillHasToPay() {
        PaymentGateway gateway = gateway(StripeProperties.Capture.AUTOMATIC);
        PaymentStart start = gateway.start(charge(44, "5.00"));

        assertThat(gateway.resume(start.reference())).isEqualTo(start.clientSecret());
        stripe.confirm(start.reference(), FakeStripe.THREE_D_SECURE);
        assertThat(gateway.resume(start.reference())).isEqualTo(start.clientSecret());
        stripe.completeThreeDSecure(start.reference());
        assertThat(gateway.resume(start.reference())).isNull();
    }

    @Test
    void withManualCaptureTheAdminCapturesAnAuthorizedPaymentOnce() {
        PaymentGateway gateway = gateway(StripeProperties.Capture.MANUAL);
        PaymentStart start = gateway.start(charge(45, "30.00"));
        assertThat(stripe.requestsTo("POST", "/v1/payment_intents").get(0).params())
                .containsEntry("capture_method", "manual");
        stripe.confirm(start.reference(), FakeStripe.SUCCEEDS);
        assertThat(stripe.status(start.reference())).isEqualTo("requires_capture");

        gateway.capture(start.reference(), new BigDecimal("25.50"), "capture-45");
        gateway.capture(start.reference(), new BigDecimal("25.50"), "capture-45");

        assertThat(stripe.status(start.reference())).isEqualTo("succeeded");
        List<FakeStripe.Request> captures = stripe.requestsTo("POST",
                "/v1/payment_intents/" + start.reference() + "/capture");
        assertThat(captures).hasSize(1);
        assertThat(captures.get(0).params()).containsEntry("amount_to_capture", "2550");
        assertThat(captures.get(0).idempotencyKey()).endsWith(":capture-45");
    }

    @Test
    void cancelsAPaymentThatTookNoMoneyAndAnswersFalseForOneThatDid() {
        PaymentGateway gateway = gateway(StripeProperties.Capture.AUTOMATIC);
        PaymentStart waiting = gateway.start(charge(46, "8.00"));
        PaymentStart paid = gateway.start(charge(47, "8.00"));
        stripe.confirm(paid.reference(), FakeStripe.SUCCEEDS);

        assertThat(gateway.cancel(waiting.reference())).isTrue();
        assertThat(gateway.cancel(waiting.reference())).isTrue();
        assertThat(gateway.cancel(paid.reference())).isFalse();

        assertThat(stripe.status(waiting.reference())).isEqualTo("canceled");
        assertThat(stripe.status(paid.reference())).isEqualTo("succeeded");
    }

    @Test
    void refundsInPartOncePerIdempotencyKeyAndNeverMoreThanWasPaid() {
        PaymentGateway gateway = gateway(StripeProperties.Capture.AUTOMATIC);
        PaymentStart paid = gateway.start(charge(48, "12.34"));
        stripe.confirm(paid.reference(), FakeStripe.SUCCEEDS);

        String first = gateway.refund(refund(48, paid.reference(), "5.00", "refund-48-a"));
        String replayed = gateway.refund(refund(48, paid.reference(), "5.00", "refund-48-a"));
        String second = gateway.refund(refund(48, paid.reference(), "7.34", "refund-48-b"));

        assertThat(first).startsWith("re_").isEqualTo(replayed);
        assertThat(second).startsWith("re_").isNotEqualTo(first);
        assertThat(stripe.requestsTo("POST", "/v1/refunds").get(0).params())
                .containsEntry("payment_intent", paid.reference()).containsEntry("amount", "500")
                .containsEntry("metadata[aisle_order_id]", "48");
        assertThatThrownBy(() -> gateway.refund(refund(48, paid.reference(), "0.01", "refund-48-c")))
                .isInstanceOf(PaymentProviderException.class);
    }

    @Test
    void listsTheSucceededPaymentsWithTheirOrdersOldestFirstAcrossPages() {
        PaymentGateway gateway = gateway(StripeProperties.Capture.AUTOMATIC);
        Instant from = Instant.now().minusSeconds(5);
        PaymentStart a = gateway.start(charge(50, "1.00"));
        PaymentStart b = gateway.start(charge(51, "2.00"));
        gateway.start(charge(52, "3.00"));
        PaymentStart d = gateway.start(charge(53, "4.00"));
        stripe.confirm(a.reference(), FakeStripe.SUCCEEDS);
        stripe.confirm(b.reference(), FakeStripe.SUCCEEDS);
        stripe.confirm(d.reference(), FakeStripe.SUCCEEDS);
        gateway.refund(refund(51, b.reference(), "2.00", "refund-51"));

        List<ProviderCharge> charges = gateway.charges(from, Instant.now().plus(Duration.ofMinutes(1)));

        assertThat(charges).extracting(ProviderCharge::orderId).containsExactlyInAnyOrder(50L, 51L, 53L);
        assertThat(charges).isSortedAccordingTo(java.util.Comparator.comparing(ProviderCharge::createdAt));
        assertThat(charges).filteredOn(c -> c.orderId() == 51).singleElement()
                .satisfies(c -> assertThat(c.refunded()).isTrue());
        assertThat(charges).filteredOn(c -> c.orderId() == 53).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("4.00"));
        assertThat(stripe.requestsTo("GET", "/v1/payment_intents")).hasSizeGreaterThan(1);
    }

    @Test
    void aRefundFinishedAfterStripeForgotItsKeyAnswersTheFirstRefundAndGivesNothingMore() {
        PaymentGateway gateway = gateway(StripeProperties.Capture.AUTOMATIC);
        PaymentStart paid = gateway.start(charge(55, "30.00"));
        stripe.confirm(paid.reference(), FakeStripe.SUCCEEDS);
        String first = gateway.refund(refund(55, paid.reference(), "10.00", "return-7"));

        // a day later (a refund left pending by a crash, finished by reconcile-payments): Stripe forgot the key
        stripe.forgetIdempotencyKeys();
        String again = gateway.refund(refund(55, paid.reference(), "10.00", "return-7"));

        assertThat(again).isEqualTo(first);
        assertThat(stripe.requestsTo("POST", "/v1/refunds")).hasSize(1);
    }

    @Test
    void listsOnlyThisShopsPaymentsNotThoseOfAnotherSystemOnTheSameAccount() {
        PaymentGateway ours = gateway(StripeProperties.Capture.AUTOMATIC);
        StripeProperties otherShop = new StripeProperties(FakeStripe.SECRET_KEY, FakeStripe.PUBLISHABLE_KEY,
                "whsec_another_shops_endpoint_secret_0123", StripeProperties.Capture.AUTOMATIC, stripe.apiBase(), null);
        PaymentGateway theirs = new StripePaymentGateway(new StripeConfiguration().stripeClient(otherShop), otherShop);
        Instant from = Instant.now().minusSeconds(5);
        PaymentStart mine = ours.start(charge(56, "5.00"));
        PaymentStart other = theirs.start(charge(56, "9.00"));
        stripe.confirm(mine.reference(), FakeStripe.SUCCEEDS);
        stripe.confirm(other.reference(), FakeStripe.SUCCEEDS);

        assertThat(ours.charges(from, Instant.now().plus(Duration.ofMinutes(1))))
                .extracting(ProviderCharge::reference).contains(mine.reference()).doesNotContain(other.reference());
    }

    @Test
    void listsAPaymentMadeInTheLastSecondOfThePeriod() {
        PaymentGateway gateway = gateway(StripeProperties.Capture.AUTOMATIC);
        PaymentStart paid = gateway.start(charge(54, "6.00"));
        stripe.confirm(paid.reference(), FakeStripe.SUCCEEDS);
        Instant created = Instant.ofEpochSecond(stripe.created(paid.reference()));

        // made at created + a moment (Stripe rounds it down to created), listed up to created + half a second
        List<ProviderCharge> charges = gateway.charges(created.minusSeconds(60), created.plusMillis(500));

        assertThat(charges).extracting(ProviderCharge::reference).contains(paid.reference());
    }

    @Test
    void aCardErrorIsADeclineAndAnOutageAProviderErrorAndNeitherShowsTheSecretKey(CapturedOutput output) {
        PaymentGateway gateway = gateway(StripeProperties.Capture.AUTOMATIC);

        stripe.fail(402, "card_error", "card_declined");
        assertThatThrownBy(() -> gateway.start(charge(60, "9.00"))).isInstanceOf(PaymentDeclinedException.class);
        stripe.fail(500, "api_error", null);
        assertThatThrownBy(() -> gateway.start(charge(61, "9.00"))).isInstanceOf(PaymentProviderException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(FakeStripe.SECRET_KEY));
        stripe.fail(401, "invalid_request_error", "api_key_invalid");
        assertThatThrownBy(() -> gateway.resume("pi_anything")).isInstanceOf(PaymentProviderException.class);

        assertThat(output.getAll()).contains("Stripe").doesNotContain(FakeStripe.SECRET_KEY);
        assertThat(settings(StripeProperties.Capture.AUTOMATIC, stripe.apiBase()).toString())
                .doesNotContain(FakeStripe.SECRET_KEY).doesNotContain(FakeStripe.WEBHOOK_SECRET);
    }

    @Test
    void anUnreachableStripeIsAProviderError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StripeProperties settings = settings(StripeProperties.Capture.AUTOMATIC, "http://127.0.0.1:" + closedPort);
        PaymentGateway gateway = new StripePaymentGateway(new StripeConfiguration().stripeClient(settings), settings);

        assertThatThrownBy(() -> gateway.start(charge(62, "9.00"))).isInstanceOf(PaymentProviderException.class);
    }

    @Test
    void refusesToStartWithoutTheKeysAndNamesTheMissingSetting() {
        StripeProperties withoutWebhookSecret = new StripeProperties(FakeStripe.SECRET_KEY, FakeStripe.PUBLISHABLE_KEY,
                " ", null, null, null);

        assertThatThrownBy(() -> new StripeConfiguration().stripeClient(withoutWebhookSecret))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AISLE_STRIPE_WEBHOOK_SECRET")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(FakeStripe.SECRET_KEY));
    }

    private PaymentGateway gateway(StripeProperties.Capture capture) {
        StripeProperties settings = settings(capture, stripe.apiBase());
        return new StripePaymentGateway(new StripeConfiguration().stripeClient(settings), settings);
    }

    static StripeProperties settings(StripeProperties.Capture capture, String apiBase) {
        return new StripeProperties(FakeStripe.SECRET_KEY, FakeStripe.PUBLISHABLE_KEY, FakeStripe.WEBHOOK_SECRET,
                capture, apiBase, null);
    }

    private static PaymentGateway.Charge charge(long orderId, String amount) {
        return new PaymentGateway.Charge(orderId, 7L, "buyer@example.com", new BigDecimal(amount), "USD", null);
    }

    private static PaymentGateway.Refund refund(long orderId, String reference, String amount, String key) {
        return new PaymentGateway.Refund(orderId, reference, new BigDecimal(amount), "USD", key, "Returned");
    }
}
