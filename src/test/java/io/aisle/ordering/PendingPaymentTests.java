package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Orders whose customer pays on the provider's side (as with Stripe's Payment Element): the order waits PENDING with
 * its stock held, and the provider's word confirms, authorizes or fails it; reservations end on time; late payments
 * never oversell. The provider is a small in-memory stand-in at the edge ({@link AsyncProvider}); Stripe's own
 * adapter is tested against a fake Stripe server.
 */
@Import(PendingPaymentTests.AsyncProviderConfiguration.class)
@TestPropertySource(properties = "aisle.payments.provider=async-test")
class PendingPaymentTests extends OrderingApiTest {

    @Autowired
    PaymentUpdates updates;

    @Autowired
    PaymentReservations reservations;

    @Autowired
    AsyncProvider provider;

    @Test
    void checkoutLeavesTheOrderPendingWithItsStockHeldAndNothingCharged() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 5);
        Map<?, ?> order = orderOf(customer, product, 2);

        assertThat(order.get("status")).isEqualTo("PENDING");
        assertThat(order.get("paymentStatus")).isEqualTo("PENDING");
        assertThat(stockInDatabase(product)).isEqualTo(3);
        assertThat(ledgerRows(id(order))).isZero();
        Map<?, ?> session = api.get().uri("/api/v1/orders/{id}/payment", id(order))
                .header("Authorization", customer.bearer()).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((String) session.get("clientSecret")).startsWith("pi_test_").contains("_secret_");
        assertThat(session.get("reservedUntil")).isNotNull();
        // nobody else learns the secret
        expectProblem(api.get().uri("/api/v1/orders/{id}/payment", id(order))
                .header("Authorization", newCustomer().bearer()).exchange(), 404);
    }

    @Test
    void theProvidersSuccessConfirmsTheOrderOnceHoweverOftenItArrives() {
        Customer customer = newCustomer();
        Map<?, ?> order = orderOf(customer, newProduct(CATEGORY, new BigDecimal("25.00"), 5), 1);
        String intent = intentOf(id(order));

        updates.succeeded("async-test", intent, total(id(order)), true);
        updates.succeeded("async-test", intent, total(id(order)), true);
        updates.failed("async-test", intent, "late failure event");

        assertThat(statusOf(id(order))).isEqualTo("CONFIRMED/PAID");
        assertThat(ledgerRows(id(order))).isEqualTo(1);
        Map<?, ?> session = api.get().uri("/api/v1/orders/{id}/payment", id(order))
                .header("Authorization", customer.bearer()).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(session.get("clientSecret")).isNull();
    }

    @Test
    void aFailedPaymentCancelsTheOrderAndReleasesItsStock() {
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 5);
        Map<?, ?> order = orderOf(newCustomer(), product, 2);

        updates.failed("async-test", intentOf(id(order)), "Your card was declined.");
        updates.succeeded("async-test", "pi_unknown", new BigDecimal("1.00"), true);

        assertThat(statusOf(id(order))).isEqualTo("CANCELLED/VOIDED");
        assertThat(stockInDatabase(product)).isEqualTo(5);
    }

    @Test
    void anExpiredReservationCallsThePaymentOffAndReleasesTheStockOnce() {
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 5);
        Map<?, ?> order = orderOf(newCustomer(), product, 2);
        Instant later = Instant.now().plus(31, ChronoUnit.MINUTES);

        assertThat(reservations.releaseExpired(Instant.now())).isZero();
        assertThat(reservations.releaseExpired(later)).isPositive();
        reservations.releaseExpired(later);

        assertThat(statusOf(id(order))).isEqualTo("CANCELLED/VOIDED");
        assertThat(stockInDatabase(product)).isEqualTo(5);
        assertThat(provider.cancelled).contains(intentOf(id(order)));
    }

    @Test
    void anOrderWhosePaymentNeverCameGivesItsLimitedCodeBackForTheNextCustomer() {
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 5);
        String code = ("ONCE" + unique("c")).replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        admin().post().uri("/api/v1/admin/promotions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Once", "code", code, "kind", "PERCENTAGE", "value", 10, "usageLimit", 1))
                .exchange().expectStatus().isCreated();
        Customer first = newCustomer();
        addToCart(first, product, 1);
        Map<?, ?> abandoned = checkout(first, Map.of("shippingAddress", ADDRESS, "promotionCode", code))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Customer second = newCustomer();
        addToCart(second, product, 1);
        expectProblem(checkout(second, Map.of("shippingAddress", ADDRESS, "promotionCode", code)), 409);

        expire(id(abandoned));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_redemptions WHERE order_id = :id")
                .param("id", id(abandoned)).query(Integer.class).single()).isZero();
        Map<?, ?> paid = checkout(second, Map.of("shippingAddress", ADDRESS, "promotionCode", code))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(money(paid.get("discountTotal"))).isEqualByComparingTo("2.50");
        // given back once: a late failure event for the cancelled order gives nothing more back
        updates.failed("async-test", intentOf(id(abandoned)), "again");
        assertThat(jdbc.sql("""
                SELECT c.uses FROM promotion_counters c JOIN promotion_redemptions r ON r.promotion_id = c.promotion_id
                WHERE r.order_id = :id
                """).param("id", id(paid)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aPaymentThatSucceededBeforeItsReservationEndedKeepsItsOrderUntilItsSuccessArrives() {
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 5);
        Map<?, ?> order = orderOf(newCustomer(), product, 2);
        String intent = intentOf(id(order));
        provider.succeedBeforeCancel.add(intent);
        jdbc.sql("UPDATE orders SET reserved_until = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = :id")
                .param("id", id(order)).update();

        reservations.releaseExpired(Instant.now());

        assertThat(statusOf(id(order))).isEqualTo("PENDING/PENDING");
        assertThat(stockInDatabase(product)).isEqualTo(3);
        updates.succeeded("async-test", intent, total(id(order)), true);
        assertThat(statusOf(id(order))).isEqualTo("CONFIRMED/PAID");
    }

    @Test
    void aPaymentThatSucceedsAfterItsReservationEndedTakesTheStockAgainWhenThereIsEnough() {
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 5);
        Map<?, ?> order = orderOf(newCustomer(), product, 2);
        String intent = intentOf(id(order));
        // a bank debit being processed: the provider cannot call it off, so it no longer holds the stock
        provider.processing.add(intent);
        expire(id(order));

        assertThat(statusOf(id(order))).isEqualTo("CANCELLED/PENDING");
        assertThat(stockInDatabase(product)).isEqualTo(5);

        updates.succeeded("async-test", intent, total(id(order)), true);

        assertThat(statusOf(id(order))).isEqualTo("CONFIRMED/PAID");
        assertThat(stockInDatabase(product)).isEqualTo(3);
        assertThat(ledgerRows(id(order))).isEqualTo(1);
    }

    @Test
    void aPaymentThatSucceedsAfterItsStockWasSoldIsRefundedInFullNeverOversold() {
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 2);
        Map<?, ?> order = orderOf(newCustomer(), product, 2);
        String intent = intentOf(id(order));
        expire(id(order));
        // someone else buys the released units
        orderOf(newCustomer(), product, 2);

        updates.succeeded("async-test", intent, total(id(order)), true);

        assertThat(statusOf(id(order))).isEqualTo("CANCELLED/REFUNDED");
        assertThat(stockInDatabase(product)).isZero();
        assertThat(provider.refunded).containsEntry(intent, total(id(order)));
        assertThat(jdbc.sql("SELECT reason FROM payments WHERE order_id = :id AND kind = 'REFUND'")
                .param("id", id(order)).query(String.class).single()).contains("sold out");
    }

    @Test
    void anAuthorizedPaymentMustBeCapturedBeforeShippingAndIsCapturedOnce() {
        Map<?, ?> order = orderOf(newCustomer(), newProduct(CATEGORY, new BigDecimal("25.00"), 5), 1);
        String intent = intentOf(id(order));
        updates.succeeded("async-test", intent, total(id(order)), false);
        assertThat(statusOf(id(order))).isEqualTo("CONFIRMED/AUTHORIZED");
        assertThat(ledgerRows(id(order))).isZero();

        expectProblem(admin().post().uri("/api/v1/admin/orders/{id}/status", id(order))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("status", "SHIPPED", "carrier", "UPS",
                        "trackingNumber", "1Z999AA10123456784")).exchange(), 409);
        admin().post().uri("/api/v1/admin/orders/{id}/capture", id(order)).exchange().expectStatus().isOk();
        expectProblem(admin().post().uri("/api/v1/admin/orders/{id}/capture", id(order)).exchange(), 409);

        assertThat(statusOf(id(order))).isEqualTo("CONFIRMED/PAID");
        assertThat(ledgerRows(id(order))).isEqualTo(1);
        assertThat(provider.captured).containsExactly(intent);
    }

    @Test
    void aCancelledOrdersAuthorizationIsCalledOffAndNeverCaptured() {
        Map<?, ?> order = orderOf(newCustomer(), newProduct(CATEGORY, new BigDecimal("25.00"), 5), 1);
        String intent = intentOf(id(order));
        updates.succeeded("async-test", intent, total(id(order)), false);

        admin().post().uri("/api/v1/admin/orders/{id}/status", id(order)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "CANCELLED")).exchange().expectStatus().isOk();

        assertThat(statusOf(id(order))).isEqualTo("CANCELLED/VOIDED");
        assertThat(provider.cancelled).contains(intent);
        expectProblem(admin().post().uri("/api/v1/admin/orders/{id}/capture", id(order)).exchange(), 409);
        assertThat(provider.captured).doesNotContain(intent);
    }

    @Test
    void anAuthorizationCapturedJustAsItsOrderWasCancelledIsRefundedInFull() {
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 5);
        Map<?, ?> order = orderOf(newCustomer(), product, 1);
        String intent = intentOf(id(order));
        updates.succeeded("async-test", intent, total(id(order)), false);
        // captured in the provider's dashboard a moment before the cancellation's call-off
        provider.succeedBeforeCancel.add(intent);

        admin().post().uri("/api/v1/admin/orders/{id}/status", id(order)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "CANCELLED")).exchange().expectStatus().isOk();
        assertThat(statusOf(id(order))).isEqualTo("CANCELLED/AUTHORIZED");
        updates.succeeded("async-test", intent, total(id(order)), true);

        assertThat(statusOf(id(order))).isEqualTo("CANCELLED/REFUNDED");
        assertThat(provider.refunded).containsEntry(intent, total(id(order)));
        assertThat(stockInDatabase(product)).isEqualTo(5);
    }

    @Test
    void theCustomerCancellingAPendingOrderCallsThePaymentOffFirst() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 5);
        Map<?, ?> order = orderOf(customer, product, 1);
        String intent = intentOf(id(order));

        api.post().uri("/api/v1/orders/{id}/cancel", id(order)).header("Authorization", customer.bearer())
                .exchange().expectStatus().isOk();

        assertThat(statusOf(id(order))).isEqualTo("CANCELLED/VOIDED");
        assertThat(provider.cancelled).contains(intent);
        assertThat(stockInDatabase(product)).isEqualTo(5);
    }

    private Map<?, ?> orderOf(Customer customer, long product, int quantity) {
        addToCart(customer, product, quantity);
        return checkout(customer, Map.of("shippingAddress", ADDRESS)).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private void expire(long order) {
        jdbc.sql("UPDATE orders SET reserved_until = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = :id")
                .param("id", order).update();
        reservations.releaseExpired(Instant.now());
        assertThat(statusOf(order)).startsWith("CANCELLED/");
    }

    private String intentOf(long order) {
        return jdbc.sql("SELECT payment_intent FROM orders WHERE id = :id").param("id", order).query(String.class)
                .single();
    }

    private String statusOf(long order) {
        return jdbc.sql("SELECT CONCAT(status, '/', payment_status) FROM orders WHERE id = :id").param("id", order)
                .query(String.class).single();
    }

    private BigDecimal total(long order) {
        return jdbc.sql("SELECT total FROM orders WHERE id = :id").param("id", order).query(BigDecimal.class).single();
    }

    private int ledgerRows(long order) {
        return jdbc.sql("SELECT COUNT(*) FROM payments WHERE order_id = :id AND kind = 'CHARGE'").param("id", order)
                .query(Integer.class).single();
    }

    private RestTestClient admin;

    /** The API as the admin, signed in once per test (sign-ins are throttled and costly). */
    private RestTestClient admin() {
        if (admin == null) {
            admin = api.mutate().defaultHeader("Authorization", adminBearer()).build();
        }
        return admin;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class AsyncProviderConfiguration {

        @Bean
        AsyncProvider asyncProvider() {
            return new AsyncProvider();
        }
    }

    /**
     * A provider where the customer confirms each payment on the provider's side: starting one answers PENDING with
     * a client secret; the test plays the provider's later word through {@link PaymentUpdates}.
     */
    static class AsyncProvider implements PaymentGateway {

        final Set<String> cancelled = ConcurrentHashMap.newKeySet();
        final Set<String> captured = ConcurrentHashMap.newKeySet();
        final Set<String> succeedBeforeCancel = ConcurrentHashMap.newKeySet();
        final Set<String> processing = ConcurrentHashMap.newKeySet();
        final Map<String, BigDecimal> refunded = new ConcurrentHashMap<>();

        @Override
        public String provider() {
            return "async-test";
        }

        @Override
        public PaymentStart start(Charge charge) {
            String intent = "pi_test_" + charge.orderId();
            return new PaymentStart(PaymentStart.Outcome.PENDING, intent, intent + "_secret_x");
        }

        @Override
        public String resume(String reference) {
            return reference + "_secret_x";
        }

        @Override
        public void capture(String reference, BigDecimal amount, String idempotencyKey) {
            captured.add(reference);
        }

        @Override
        public boolean cancel(String reference) {
            if (succeedBeforeCancel.contains(reference)) {
                return false;
            }
            if (processing.contains(reference)) {
                throw new PaymentProviderException("This PaymentIntent's status is processing: it cannot be canceled.");
            }
            cancelled.add(reference);
            return true;
        }

        @Override
        public String refund(Refund refund) {
            refunded.merge(refund.reference(), refund.amount(), BigDecimal::add);
            return "re_" + refund.idempotencyKey();
        }

        @Override
        public java.util.List<ProviderCharge> charges(Instant from, Instant to) {
            return java.util.List.of();
        }
    }
}
