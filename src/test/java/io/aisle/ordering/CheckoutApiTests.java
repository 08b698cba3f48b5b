package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

class CheckoutApiTests extends OrderingApiTest {

    @Test
    void placesAPaidOrderFromTheCartTakingStockAndEmptyingTheCart() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        addToCart(customer, product, 2);

        var response = checkout(customer, Map.of("shippingAddress", ADDRESS)).expectStatus().isCreated();
        Map<?, ?> order = response.expectBody(Map.class).returnResult().getResponseBody();

        long id = id(order);
        response.expectHeader().location("/api/v1/orders/" + id);
        assertThat(order.get("status")).isEqualTo("CONFIRMED");
        assertThat(order.get("itemCount")).isEqualTo(2);
        assertThat(money(order.get("subtotal"))).isEqualByComparingTo("50.00");
        assertThat(money(order.get("shippingFee"))).isEqualByComparingTo("0.00");
        assertThat(money(order.get("total"))).isEqualByComparingTo("50.00");
        assertThat(order.get("currency")).isEqualTo("USD");
        assertThat(order.get("estimatedDelivery"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
        assertThat(order.get("createdAt")).isNotNull();
        assertThat(order.get("shippingAddress")).isEqualTo(Map.of("fullName", "Grace Hopper", "line1", "1 Navy Way",
                "city", "Arlington", "region", "VA", "postalCode", "22201", "country", "US"));
        Map<?, ?> item = (Map<?, ?>) ((List<?>) order.get("items")).get(0);
        assertThat(item.get("productId")).isEqualTo((int) product);
        assertThat((String) item.get("sku")).startsWith("SKU-");
        assertThat((String) item.get("name")).startsWith("Test product");
        assertThat(money(item.get("unitPrice"))).isEqualByComparingTo("25.00");
        assertThat(item.get("quantity")).isEqualTo(2);
        assertThat(money(item.get("lineTotal"))).isEqualByComparingTo("50.00");

        assertThat(stockInDatabase(product)).isEqualTo(8);
        assertThat((List<?>) cartOf(customer).get("items")).isEmpty();
        assertThat(jdbc.sql("SELECT category_slug FROM order_items WHERE order_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(CATEGORY);
        assertThat(jdbc.sql("SELECT payment_reference FROM orders WHERE id = :id").param("id", id)
                .query(String.class).single()).startsWith("sim_");
        assertThat(getJson(customer.bearer(), "/api/v1/orders/{id}", id)).containsAllEntriesOf((Map) order)
                .containsEntry("shipments", List.of());
    }

    @Test
    void chargesTheShippingFeeBelowFiftyDollars() {
        Customer customer = newCustomer();
        addToCart(customer, newProduct(CATEGORY, new BigDecimal("49.99"), 5), 1);

        Map<?, ?> order = placeOrder(customer);

        assertThat(money(order.get("subtotal"))).isEqualByComparingTo("49.99");
        assertThat(money(order.get("shippingFee"))).isEqualByComparingTo("9.99");
        assertThat(money(order.get("total"))).isEqualByComparingTo("59.98");
    }

    @Test
    void answers402AndChangesNothingWhenThePaymentIsDeclined() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("10.00"), 5);
        addToCart(customer, product, 3);

        Map<?, ?> problem = problemBody(checkout(customer,
                Map.of("shippingAddress", ADDRESS, "paymentToken", "tok_declined")), 402);

        assertThat((String) problem.get("detail")).contains("declined");
        assertThat(stockInDatabase(product)).isEqualTo(5);
        assertThat(cartOf(customer).get("itemCount")).isEqualTo(3);
        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void answers409AndChangesNothingWhenStockIsShort() {
        Customer customer = newCustomer();
        long plenty = newProduct(CATEGORY, new BigDecimal("5.00"), 50);
        long scarce = newProduct(CATEGORY, new BigDecimal("8.00"), 2);
        addToCart(customer, plenty, 4);
        addToCart(customer, scarce, 2);
        api.patch().uri("/api/v1/products/{id}/stock", scarce).header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("delta", -1, "reason", "broken in the warehouse")).exchange().expectStatus().isOk();

        Map<?, ?> problem = problemBody(checkout(customer, Map.of("shippingAddress", ADDRESS)), 409);

        assertThat(problem.get("detail")).isEqualTo("Only 1 of " + nameOf(scarce) + " left in stock; 2 requested.");
        assertThat(problem.get("productId")).isEqualTo((int) scarce);
        assertThat(stockInDatabase(plenty)).isEqualTo(50);
        assertThat(stockInDatabase(scarce)).isEqualTo(1);
        assertThat(cartOf(customer).get("itemCount")).isEqualTo(6);
        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void answers409ForAnEmptyCart() {
        Map<?, ?> problem = problemBody(checkout(newCustomer(), Map.of("shippingAddress", ADDRESS)), 409);

        assertThat((String) problem.get("detail")).contains("cart is empty");
    }

    @Test
    void answersEmptyCartWhenTheCatalogNoLongerListsAnythingInTheCart() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("10.00"), 5);
        addToCart(customer, product, 1);
        api.delete().uri("/api/v1/products/{id}", product).header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange()
                .expectStatus().is2xxSuccessful();

        expectProblem(checkout(customer, Map.of("shippingAddress", ADDRESS)), 409).jsonPath("$.title")
                .isEqualTo("Empty cart");
    }

    @Test
    void clearsTheLinesOfProductsGoneFromTheCatalogWithTheOrder() {
        Customer customer = newCustomer();
        long gone = newProduct(CATEGORY, new BigDecimal("10.00"), 5);
        addToCart(customer, gone, 1);
        addToCart(customer, newProduct(CATEGORY, new BigDecimal("60.00"), 5), 1);
        api.delete().uri("/api/v1/products/{id}", gone).header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange()
                .expectStatus().is2xxSuccessful();

        assertThat(money(placeOrder(customer).get("total"))).isEqualByComparingTo("60.00");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cart_items WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void shipsToTheProfileAddressWhenTheOrderNamesNone() {
        Customer customer = newCustomer();
        Map<String, Object> home = Map.of("fullName", "Ada Lovelace", "line1", "12 St James's Square",
                "line2", "Flat 2", "city", "London", "postalCode", "SW1Y 4JH", "country", "GB");
        api.patch().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("shippingAddress", home)).exchange().expectStatus().isOk();
        addToCart(customer, newProduct(CATEGORY, new BigDecimal("3.00"), 5), 1);

        Map<?, ?> order = checkout(customer, null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(order.get("shippingAddress")).isEqualTo(home);
    }

    @Test
    void answers400AndChangesNothingWhenThereIsNoShippingAddressAtAll() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("3.00"), 5);
        addToCart(customer, product, 1);

        Map<?, ?> problem = problemBody(checkout(customer, Map.of()), 400);

        assertThat((String) problem.get("detail")).contains("no shipping address");
        assertThat(stockInDatabase(product)).isEqualTo(5);
        assertThat(cartOf(customer).get("itemCount")).isEqualTo(1);
    }

    @Test
    void refusesAnIncompleteShippingAddressWith400() {
        Customer customer = newCustomer();
        addToCart(customer, newProduct(CATEGORY, new BigDecimal("3.00"), 5), 1);

        Map<?, ?> problem = problemBody(checkout(customer, Map.of("shippingAddress",
                Map.of("fullName", "No City", "line1", "1 Road", "postalCode", "1", "country", "US"))), 400);

        assertThat((List<?>) problem.get("errors")).extracting("field").contains("shippingAddress.city");
        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheSameOrder() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("4.00"), 10);
        addToCart(customer, product, 2);
        String key = unique("key");

        Map<?, ?> first = checkoutWithKey(customer, key).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "false")
                .expectBody(Map.class).returnResult().getResponseBody();
        addToCart(customer, product, 1);
        Map<?, ?> again = checkoutWithKey(customer, key).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(again).isEqualTo(first);
        assertThat(ordersOf(customer)).isEqualTo(1);
        assertThat(stockInDatabase(product)).isEqualTo(8);
        assertThat(cartOf(customer).get("itemCount")).isEqualTo(1);
    }

    @Test
    void refusesAnIdempotencyKeyLongerThan100CharactersWith400() {
        Customer customer = newCustomer();
        addToCart(customer, newProduct(CATEGORY, new BigDecimal("4.00"), 10), 1);

        Map<?, ?> problem = problemBody(checkoutWithKey(customer, "k".repeat(101)), 400);

        assertThat((String) problem.get("detail")).contains("Idempotency-Key");
        assertThat(ordersOf(customer)).isZero();
        checkoutWithKey(customer, "k".repeat(100)).expectStatus().isCreated();
    }

    @Test
    void listsTheCustomersOwnOrdersNewestFirstInPages() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("1.00"), 10);
        long first = buy(customer, product, 1);
        long second = buy(customer, product, 2);
        long third = buy(customer, product, 3);
        buy(newCustomer(), product, 1);

        api.get().uri("/api/v1/orders?page=0&size=2").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content[*].id").isEqualTo(List.of((int) third, (int) second))
                .jsonPath("$.content[0].items[0].quantity").isEqualTo(3)
                .jsonPath("$.page.totalElements").isEqualTo(3)
                .jsonPath("$.page.totalPages").isEqualTo(2);
        api.get().uri("/api/v1/orders?page=1&size=2").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content[*].id").isEqualTo(List.of((int) first));
    }

    @Test
    void answers401WithoutAToken() {
        problemBody(api.post().uri("/api/v1/orders").body(Map.of()).exchange(), 401);
        problemBody(api.get().uri("/api/v1/orders").exchange(), 401);
    }

    private RestTestClient.ResponseSpec checkoutWithKey(Customer customer, String key) {
        return api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .header("Idempotency-Key", key)
                .body(Map.of("shippingAddress", ADDRESS))
                .exchange();
    }

    private int ordersOf(Customer customer) {
        return jdbc.sql("SELECT COUNT(*) FROM orders WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single();
    }

    private String nameOf(long productId) {
        return jdbc.sql("SELECT name FROM products WHERE id = :id").param("id", productId).query(String.class).single();
    }
}
