package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.platform.Concurrently;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Checkout without an account, through the API: the order, its link, retries and who may see it. */
class GuestCheckoutApiTests extends OrderingApiTest {

    @Test
    void aGuestChecksOutWithAnEmailAndGetsAnUnguessableLinkToTheOrder() {
        long product = newProduct(CATEGORY, new BigDecimal("20.00"), 10);
        String email = unique("guest") + "@example.com";

        var response = guestCheckout(body(email.toUpperCase(), product, 3), null).expectStatus().isCreated();
        Map<?, ?> placed = response.expectBody(Map.class).returnResult().getResponseBody();

        Map<?, ?> order = (Map<?, ?>) placed.get("order");
        String page = (String) placed.get("orderPage");
        assertThat(page).matches("/orders/[A-Za-z0-9_-]{43}");
        String secret = page.substring("/orders/".length());
        response.expectHeader().location("/api/v1/guest-orders/" + secret);
        assertThat(order.get("userId")).isNull();
        assertThat(order.get("email")).isEqualTo(email);
        assertThat(order.get("status")).isEqualTo("CONFIRMED");
        assertThat(order.get("paymentStatus")).isEqualTo("PAID");
        assertThat(money(order.get("subtotal"))).isEqualByComparingTo("60.00");
        assertThat(stockInDatabase(product)).isEqualTo(7);
        Map<?, ?> read = api.get().uri("/api/v1/guest-orders/{secret}", secret).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(read.get("shipments")).isEqualTo(java.util.List.of());
        assertThat(read).containsAllEntriesOf((Map) order);
        assertThat(jdbc.sql("SELECT access_token_hash FROM orders WHERE id = :id").param("id", id(order))
                .query(String.class).single()).hasSize(64).doesNotContain(secret);
    }

    @Test
    void aWrongOrCutLinkOpensNoOrder() {
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 10);
        String page = (String) placeAsGuest(unique("guest") + "@example.com", product, null).get("orderPage");
        String secret = page.substring("/orders/".length());

        expectProblem(api.get().uri("/api/v1/guest-orders/{secret}", secret.substring(1)).exchange(), 404);
        expectProblem(api.get().uri("/api/v1/guest-orders/{secret}", "A" + secret.substring(1)).exchange(), 404);
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheSameOrderAndLinkAndChargesOnce() {
        long product = newProduct(CATEGORY, new BigDecimal("12.00"), 10);
        String email = unique("guest") + "@example.com";
        String key = unique("key");

        Map<?, ?> first = placeAsGuest(email, product, key);
        var again = guestCheckout(body(email, product, 1), key).expectStatus().isCreated();
        again.expectHeader().valueEquals("Idempotent-Replayed", "true");
        Map<?, ?> second = again.expectBody(Map.class).returnResult().getResponseBody();

        assertThat(second).isEqualTo(first);
        assertThat(stockInDatabase(product)).isEqualTo(9);
    }

    @Test
    void eightConcurrentCheckoutsWithOneKeyMakeOneOrderAndOneCharge() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("12.00"), 20);
        String email = unique("guest") + "@example.com";
        String key = unique("key");

        List<EntityExchangeResult<Map>> results = Concurrently.results(8,
                index -> guestCheckout(body(email, product, 1), key).returnResult(Map.class));

        assertThat(results).allSatisfy(r -> assertThat(r.getStatus().value()).isEqualTo(201));
        assertThat(results).extracting(r -> r.getResponseBody().get("orderPage")).containsOnly(
                results.get(0).getResponseBody().get("orderPage"));
        assertThat(stockInDatabase(product)).isEqualTo(19);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id
                WHERE o.guest_email = :email AND p.kind = 'CHARGE'
                """).param("email", email).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aGuestOrderIsNotACustomersEvenWithItsId() {
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 10);
        Customer customer = newCustomer();
        long orderId = id((Map<?, ?>) placeAsGuest(customer.email(), product, null).get("order"));

        expectProblem(api.get().uri("/api/v1/orders/{id}", orderId)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange(), 404);
    }

    @Test
    void aCustomerWithTheOrdersEmailAddsTheGuestOrderToTheirAccountThroughItsLink() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 10);
        Customer customer = newCustomer();
        Customer someoneElse = newCustomer();
        Map<?, ?> placed = placeAsGuest(customer.email(), product, null);
        long orderId = id((Map<?, ?>) placed.get("order"));
        String attach = placed.get("orderPage") + "/attach";

        mvc.perform(post(attach).with(signedIn(someoneElse)).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post(attach).with(signedIn(customer)).with(csrf()))
                .andExpect(redirectedUrl("/account/orders/" + orderId));

        assertThat(getJson(customer.bearer(), "/api/v1/orders/{id}", orderId).get("userId"))
                .isEqualTo((int) customer.id());
        // moved once: the link still shows it, but it cannot move again
        mvc.perform(post(attach).with(signedIn(customer)).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void refusesAGuestCheckoutWithoutAnEmailItemsAKnownProductOrWithinTheCartsLimits() {
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 10);
        Map<String, Object> noEmail = new java.util.HashMap<>(body("x@example.com", product, 1));
        noEmail.remove("email");
        expectProblem(guestCheckout(noEmail, null), 400);
        expectProblem(guestCheckout(body("not-an-email", product, 1), null), 400);
        expectProblem(guestCheckout(Map.of("email", "a@example.com", "items", List.of(), "shippingAddress", ADDRESS),
                null), 400);
        expectProblem(guestCheckout(body("a@example.com", product, 0), null), 400);
        // the cart's own rules: a product that is not sold is a 404, as when adding it to a cart
        expectProblem(guestCheckout(body("a@example.com", Long.MAX_VALUE, 1), null), 404);
        expectProblem(guestCheckout(body("a@example.com", product, 100), null), 400);
        assertThat(stockInDatabase(product)).isEqualTo(10);
    }

    @Test
    void aGuestQuoteListsTheShippingMethodsForTheAddressAndTheTotals() {
        long product = newProduct(CATEGORY, new BigDecimal("20.00"), 10);

        Map<?, ?> quote = api.post().uri("/api/v1/checkout/guest/quote")
                .body(Map.of("items", List.of(Map.of("productId", product, "quantity", 2)), "shippingAddress", ADDRESS))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(money(quote.get("subtotal"))).isEqualByComparingTo("40.00");
        assertThat(quote.get("taxKnown")).isEqualTo(true);
        List<Map<?, ?>> options = (List<Map<?, ?>>) quote.get("shippingOptions");
        assertThat(options).extracting(o -> (Object) o.get("name")).contains("Standard", "Express");
        Map<?, ?> chosen = (Map<?, ?>) quote.get("shipping");
        assertThat(chosen.get("name")).isEqualTo("Standard");
        assertThat(money(quote.get("shippingFee"))).isEqualByComparingTo("9.99");
        assertThat(money(quote.get("total"))).isEqualByComparingTo(money(quote.get("subtotal"))
                .add(money(quote.get("shippingFee"))).add(money(quote.get("taxTotal")))
                .subtract(money(quote.get("discountTotal"))));
        assertThat(stockInDatabase(product)).isEqualTo(10);
    }

    private Map<String, Object> body(String email, long product, int quantity) {
        return Map.of("email", email, "items", List.of(Map.of("productId", product, "quantity", quantity)),
                "shippingAddress", ADDRESS);
    }

    private Map<?, ?> placeAsGuest(String email, long product, String key) {
        return guestCheckout(body(email, product, 1), key).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec guestCheckout(Map<String, ?> body, String key) {
        var request = api.post().uri("/api/v1/checkout/guest");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body).exchange();
    }
}
