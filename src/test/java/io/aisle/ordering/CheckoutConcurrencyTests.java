package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/** Checkouts racing for the same rows: the SQL guards, not luck, decide who wins. */
class CheckoutConcurrencyTests extends OrderingApiTest {

    @Test
    void sellsTheLastSevenUnitsToExactlySevenOfFortyConcurrentCustomers() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("19.99"), 7);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Customer customer = newCustomer();
            addToCart(customer, product, 1);
            customers.add(customer);
        }

        List<EntityExchangeResult<Map>> results = concurrently(customers, customer -> checkoutResult(customer, null));

        assertThat(results).filteredOn(r -> r.getStatus().value() == 201).hasSize(7);
        List<EntityExchangeResult<Map>> refused = results.stream().filter(r -> r.getStatus().value() == 409).toList();
        assertThat(refused).hasSize(33).allSatisfy(r -> {
            assertThat(r.getResponseHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(r.getResponseBody().get("productId")).isEqualTo((int) product);
            assertThat((String) r.getResponseBody().get("detail")).endsWith(" is out of stock.");
        });
        api.get().uri("/api/v1/products/{id}", product).exchange().expectBody().jsonPath("$.stock").isEqualTo(0);
        assertThat(stockInDatabase(product)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT order_id) FROM order_items WHERE product_id = :id")
                .param("id", product).query(Integer.class).single()).isEqualTo(7);
    }

    @Test
    void makesOneOrderOfEightConcurrentCheckoutsWithOneIdempotencyKey() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 10);
        addToCart(customer, product, 2);
        String key = unique("retry");

        List<EntityExchangeResult<Map>> results = concurrently(List.of(customer, customer, customer, customer,
                customer, customer, customer, customer), c -> checkoutResult(c, key));

        assertThat(results).allSatisfy(r -> assertThat(r.getStatus().value()).isEqualTo(201));
        assertThat(results).extracting(r -> r.getResponseBody().get("id")).containsOnly(results.get(0).getResponseBody().get("id"));
        assertThat(results).filteredOn(r -> "false".equals(r.getResponseHeaders().getFirst("Idempotent-Replayed")))
                .hasSize(1);
        assertThat(stockInDatabase(product)).isEqualTo(8);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void makesOneOrderOfTwelveConcurrentCheckoutsOfOneCartAndRefusesTheOthersWithoutCharging() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("19.98"), 20);
        addToCart(customer, product, 1);

        List<EntityExchangeResult<Map>> results = concurrently(Collections.nCopies(12, customer),
                c -> checkoutResult(c, null));

        assertOneOrderAndTheRestRefused(customer, product, results);
    }

    @Test
    void makesOneOrderOfSixConcurrentCheckoutsOfOneCartWithSixDifferentKeys() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("19.98"), 20);
        addToCart(customer, product, 1);
        List<String> keys = List.of(unique("k1"), unique("k2"), unique("k3"), unique("k4"), unique("k5"),
                unique("k6"));
        AtomicInteger next = new AtomicInteger();

        List<EntityExchangeResult<Map>> results = concurrently(Collections.nCopies(6, customer),
                c -> checkoutResult(c, keys.get(next.getAndIncrement())));

        assertOneOrderAndTheRestRefused(customer, product, results);
    }

    /** One 201 and the others refused with a 409 problem; one unit taken, one charge on both sides of the books. */
    private void assertOneOrderAndTheRestRefused(Customer customer, long product,
            List<EntityExchangeResult<Map>> results) {
        assertThat(results).filteredOn(r -> r.getStatus().value() == 201).hasSize(1);
        assertThat(results).filteredOn(r -> r.getStatus().value() != 201).hasSize(results.size() - 1).allSatisfy(r -> {
            assertThat(r.getStatus().value()).isEqualTo(409);
            assertThat(r.getResponseHeaders().getContentType()).hasToString("application/problem+json");
            assertThat((String) r.getResponseBody().get("title")).isIn("Cart already checked out", "Empty cart");
        });
        assertThat(stockInDatabase(product)).isEqualTo(19);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id
                WHERE o.user_id = :id AND p.kind = 'CHARGE' AND p.status = 'SUCCEEDED'
                """).param("id", customer.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM simulated_provider_charges WHERE user_id = :id")
                .param("id", customer.id()).query(Integer.class).single()).isEqualTo(1);
    }

    private EntityExchangeResult<Map> checkoutResult(Customer customer, String idempotencyKey) {
        var request = api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer());
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(Map.of("shippingAddress", ADDRESS)).exchange().returnResult(Map.class);
    }

    /** Runs the call for every customer at once: all threads wait at one latch, then go together. */
    private static <R> List<R> concurrently(List<Customer> customers, Function<Customer, R> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(customers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<R>> futures = new ArrayList<>();
            for (Customer customer : customers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(customer);
                }));
            }
            start.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
