package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

class AccountDeletionTests extends OrderingApiTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void deletingAnAccountEmptiesCartAndWishlistAndErasesTheAddressOnDeliveredOrdersButKeepsThem() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("15.00"), 10);
        long order = buy(customer, product, 2);
        setStatus(order, "SHIPPED");
        setStatus(order, "DELIVERED");
        addToCart(customer, product, 1);
        api.put().uri("/api/v1/users/me/wishlist/{id}", product).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();

        deleteAccount(customer).expectStatus().isNoContent();

        assertThat(count("SELECT COUNT(*) FROM cart_items WHERE user_id = :id", customer.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM wishlist_items WHERE user_id = :id", customer.id())).isZero();
        Map<String, Object> kept = shippingOf(order);
        assertThat(kept).containsEntry("status", "DELIVERED")
                .containsEntry("ship_full_name", "[erased]")
                .containsEntry("ship_line1", "[erased]")
                .containsEntry("ship_line2", null)
                .containsEntry("ship_city", "[erased]")
                .containsEntry("ship_postal_code", "[erased]")
                .containsEntry("ship_country", "US");
        assertThat(((Number) kept.get("user_id")).longValue()).isEqualTo(customer.id());
        assertThat((BigDecimal) kept.get("total")).isEqualByComparingTo("39.99");
        assertThat(count("SELECT COUNT(*) FROM order_items WHERE order_id = :id", order)).isEqualTo(1);
    }

    @Test
    void answers409NamingTheOpenOrdersAndDeletesNothingWhileAnOrderIsPaidOrShipped() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("15.00"), 10);
        long paid = buy(customer, product, 1);
        long shipped = buy(customer, product, 1);
        setStatus(shipped, "SHIPPED");
        long cancelled = buy(customer, product, 1);
        api.post().uri("/api/v1/orders/{id}/cancel", cancelled).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();

        expectProblem(deleteAccount(customer), 409)
                .jsonPath("$.title").isEqualTo("Open orders")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("#" + paid + " (paid, not shipped yet)", "#" + shipped + " (shipped, not delivered yet)",
                                "cancel", "delivered", "Nothing was deleted"))
                .jsonPath("$.openOrders[*].id").isEqualTo(List.of((int) paid, (int) shipped))
                .jsonPath("$.openOrders[*].status").isEqualTo(List.of("CONFIRMED", "SHIPPED"));

        login(customer.email(), customer.password());
        assertThat(shippingOf(paid)).containsEntry("ship_full_name", "Grace Hopper").containsEntry("ship_line1", "1 Navy Way");
        assertThat(shippingOf(shipped)).containsEntry("ship_city", "Arlington");

        api.post().uri("/api/v1/orders/{id}/cancel", paid).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();
        expectProblem(deleteAccount(customer), 409).jsonPath("$.openOrders[*].id").isEqualTo(List.of((int) shipped));
        setStatus(shipped, "DELIVERED");
        deleteAccount(customer).expectStatus().isNoContent();
        assertThat(shippingOf(shipped)).containsEntry("ship_full_name", "[erased]");
    }

    /**
     * The checkout is held inside its transaction, its order written but not committed, while the deletion
     * starts. Without the account lock the deletion passed its check, waited only for the order's rows,
     * and then erased the address of the order that had just been paid.
     */
    @Test
    void anOrderPlacedWhileTheAccountIsBeingDeletedKeepsItsAddressAndStopsTheDeletion() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("15.00"), 10);
        addToCart(customer, product, 1);
        CountDownLatch inCheckout = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ApplicationListener<PayloadApplicationEvent<?>> holdCheckout = event -> {
            if (event.getPayload() instanceof OrderPlaced placed && placed.userId() == customer.id()) {
                inCheckout.countDown();
                await().atMost(Duration.ofSeconds(60)).until(() -> release.getCount() == 0);
            }
        };
        context.addApplicationListener(holdCheckout);
        try {
            var checkout = CompletableFuture.supplyAsync(() -> status(checkout(customer, Map.of("shippingAddress", ADDRESS))));
            assertThat(inCheckout.await(30, TimeUnit.SECONDS)).isTrue();
            var deletion = CompletableFuture.supplyAsync(() -> status(deleteAccount(customer)));
            await().atMost(Duration.ofSeconds(30)).until(this::aStatementIsWaitingInTheDatabase);
            release.countDown();

            assertThat(checkout.get(60, TimeUnit.SECONDS)).isEqualTo(201);
            assertThat(deletion.get(60, TimeUnit.SECONDS)).isEqualTo(409);
        } finally {
            release.countDown();
            context.removeApplicationListener(holdCheckout);
        }
        long order = jdbc.sql("SELECT id FROM orders WHERE user_id = :id").param("id", customer.id())
                .query(Long.class).single();
        assertThat(shippingOf(order)).containsEntry("status", "CONFIRMED").containsEntry("ship_line1", "1 Navy Way");
        login(customer.email(), customer.password());
    }

    @Test
    void aCheckoutAfterTheAccountIsDeletedIsRefusedAndOrdersNothing() {
        Customer customer = newCustomer();
        deleteAccount(customer).expectStatus().isNoContent();

        // the deletion ended the session, so the token is refused before the checkout's own check (404) is reached
        expectProblem(checkout(customer, Map.of("shippingAddress", ADDRESS)), 401);
        assertThat(count("SELECT COUNT(*) FROM orders WHERE user_id = :id", customer.id())).isZero();
    }

    @Test
    void anAccessTokenOfADeletedAccountIsRefusedAndFillsNoCartOrWishlist() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("15.00"), 10);
        deleteAccount(customer).expectStatus().isNoContent();

        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "quantity", 1))
                .exchange().expectStatus().isUnauthorized();
        api.put().uri("/api/v1/users/me/wishlist/{id}", product).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isUnauthorized();

        assertThat(count("SELECT COUNT(*) FROM cart_items WHERE user_id = :id", customer.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM wishlist_items WHERE user_id = :id", customer.id())).isZero();
    }

    /** Another connection of the shop is inside a statement that has run a while: it waits for a lock. */
    private boolean aStatementIsWaitingInTheDatabase() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM information_schema.PROCESSLIST
                WHERE COMMAND = 'Query' AND ID <> CONNECTION_ID() AND TIME_MS > 200
                """).query(Integer.class).single() > 0;
    }

    private RestTestClient.ResponseSpec deleteAccount(Customer customer) {
        return api.method(HttpMethod.DELETE).uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("password", customer.password()))
                .exchange();
    }

    private static int status(RestTestClient.ResponseSpec response) {
        return response.returnResult(String.class).getStatus().value();
    }

    private void setStatus(long order, String status) {
        api.post().uri("/api/v1/admin/orders/{id}/status", order).header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("status", status)).exchange().expectStatus().isOk();
    }

    private Map<String, Object> shippingOf(long order) {
        return jdbc.sql("""
                SELECT user_id, status, total, ship_full_name, ship_line1, ship_line2, ship_city, ship_postal_code,
                       ship_country
                FROM orders WHERE id = :id
                """).param("id", order).query().singleRow();
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }
}
