package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A checkout whose transaction fails after it started the payment, as one does on a Galera cluster when its write
 * set loses certification at COMMIT: the database reports a deadlock (1213, SQLSTATE 40001) and has rolled
 * everything back, while the provider has charged. The checkout is retried whole and the customer pays once. The
 * provider is a stand-in at the edge that keeps one charge per order id, as real providers do with an idempotency
 * key; the deadlock (or the silent rollback) is raised by the shop's own database, on the checkout's own connection.
 */
@Import(CheckoutRetryTests.LosingProviderConfiguration.class)
@TestPropertySource(properties = "aisle.payments.provider=losing-test")
class CheckoutRetryTests extends OrderingApiTest {

    @Autowired
    LosingProvider provider;

    @Test
    void chargesOnceAndOrdersOnceWhenTheCheckoutLosesACertificationConflictAfterStartingThePayment() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("12.50"), 5);
        addToCart(customer, product, 2);
        int startsBefore = provider.starts.get();
        provider.loseNext.set(true);

        long order = id(placeOrder(customer));

        assertThat(provider.starts.get() - startsBefore).as("attempts that started the payment").isEqualTo(2);
        assertThat(provider.chargesOf(customer.email())).containsExactly(order);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payments WHERE order_id = :id AND kind = 'CHARGE'")
                .param("id", order).query(Integer.class).single()).isEqualTo(1);
        assertThat(stockInDatabase(product)).isEqualTo(3);
        assertThat((List<?>) cartOf(customer).get("items")).isEmpty();
    }

    @Test
    void placesTheOrderOnceWhenTheDatabaseDroppedTheCheckoutsTransactionWithoutReportingIt() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("9.90"), 5);
        addToCart(customer, product, 1);
        provider.dropSilentlyNext.set(true);

        long order = id(placeOrder(customer));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE id = :id AND user_id = :user").param("id", order)
                .param("user", customer.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(provider.chargesOf(customer.email())).containsExactly(order);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payments WHERE order_id = :id AND kind = 'CHARGE'")
                .param("id", order).query(Integer.class).single()).isEqualTo(1);
        assertThat(stockInDatabase(product)).isEqualTo(4);
    }

    @Test
    void placesTheOrderOnceWhenTheDatabaseNodeStopsServingAfterThePaymentStarted() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("14.00"), 3);
        addToCart(customer, product, 1);
        provider.refuseNext.set(true);

        long order = id(placeOrder(customer));

        assertThat(provider.chargesOf(customer.email())).containsExactly(order);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(stockInDatabase(product)).isEqualTo(2);
    }

    @Test
    void chargesAGuestOnceWhenTheirCheckoutLosesACertificationConflictAfterStartingThePayment() {
        long product = newProduct(CATEGORY, new BigDecimal("8.00"), 4);
        String email = unique("guest") + "@example.com";
        provider.loseNext.set(true);

        Map<?, ?> placed = api.post().uri("/api/v1/checkout/guest").header("Idempotency-Key", unique("key"))
                .body(Map.of("email", email, "items", List.of(Map.of("productId", product, "quantity", 1)),
                        "shippingAddress", ADDRESS))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(provider.chargesOf(email)).containsExactly(id((Map<?, ?>) placed.get("order")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE guest_email = :email").param("email", email)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(stockInDatabase(product)).isEqualTo(3);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class LosingProviderConfiguration {

        @Bean
        LosingProvider losingProvider(JdbcClient jdbc) {
            return new LosingProvider(jdbc);
        }
    }

    /**
     * Takes the money at once, one charge per order id. When {@link #loseNext} is set, the shop's transaction then
     * fails as a Galera commit that lost certification does: the database answers deadlock.
     */
    static class LosingProvider implements PaymentGateway {

        final AtomicBoolean loseNext = new AtomicBoolean();
        final AtomicBoolean dropSilentlyNext = new AtomicBoolean();
        final AtomicBoolean refuseNext = new AtomicBoolean();
        final AtomicInteger starts = new AtomicInteger();
        private final Map<Long, String> charges = new ConcurrentHashMap<>();
        private final JdbcClient shop;

        LosingProvider(JdbcClient shop) {
            this.shop = shop;
        }

        /** The order ids charged for this buyer. */
        List<Long> chargesOf(String email) {
            return charges.entrySet().stream().filter(charge -> charge.getValue().equals(email))
                    .map(Map.Entry::getKey).toList();
        }

        @Override
        public String provider() {
            return "losing-test";
        }

        @Override
        public PaymentStart start(Charge charge) {
            starts.incrementAndGet();
            charges.putIfAbsent(charge.orderId(), charge.email());
            if (loseNext.getAndSet(false)) {
                // through the checkout's own connection, inside its transaction, after the provider charged
                shop.sql("SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'Deadlock found when trying"
                        + " to get lock; try restarting transaction (certification failed)'").update();
            }
            if (refuseNext.getAndSet(false)) {
                // what a Galera node that left the cluster, or has not caught up yet, answers
                shop.sql("SIGNAL SQLSTATE '08S01' SET MYSQL_ERRNO = 1047, MESSAGE_TEXT = 'WSREP has not yet"
                        + " prepared node for application use'").update();
            }
            if (dropSilentlyNext.getAndSet(false)) {
                // the transaction is gone and nobody is told: what a Galera abort that a statement did not report
                // leaves behind; the checkout's next statements would run in a transaction of their own
                shop.sql("ROLLBACK").update();
            }
            return new PaymentStart(PaymentStart.Outcome.PAID, "ch_test_" + charge.orderId(), null);
        }

        @Override
        public String resume(String reference) {
            return null;
        }

        @Override
        public void capture(String reference, BigDecimal amount, String idempotencyKey) {
        }

        @Override
        public boolean cancel(String reference) {
            return false;
        }

        @Override
        public String refund(Refund refund) {
            return "re_" + refund.idempotencyKey();
        }

        @Override
        public List<ProviderCharge> charges(Instant from, Instant to) {
            return List.of();
        }
    }
}
