package io.aisle.shopping;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** {@link ApiTest} with the steps that cart, order and report tests share. Same Spring context. */
public abstract class ShoppingApiTest extends ApiTest {

    /** A seeded category; products made by tests go into it. */
    protected static final String CATEGORY = "sports";

    /** Puts units of the product into the customer's cart and returns the cart. */
    protected Map<?, ?> addToCart(Customer customer, long productId, int quantity) {
        return api.post().uri("/api/v1/cart/items")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", productId, "quantity", quantity))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    protected Map<?, ?> cartOf(Customer customer) {
        return getJson(customer.bearer(), "/api/v1/cart");
    }

    /** GETs the URI as the bearer (null for anonymous), expecting 200, and returns the JSON object. */
    protected Map<?, ?> getJson(String bearer, String uri, Object... uriVariables) {
        var request = api.get().uri(uri, uriVariables);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        return request.exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Checks an RFC 9457 answer with this status (as {@link #expectProblem} does) and returns its body. */
    protected static Map<?, ?> problemBody(RestTestClient.ResponseSpec response, int status) {
        Map<?, ?> problem = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat(problem.get("title")).asString().isNotBlank();
        assertThat(problem.get("detail")).asString().isNotBlank();
        return problem;
    }

    protected int stockInDatabase(long productId) {
        return jdbc.sql("SELECT stock FROM products WHERE id = :id").param("id", productId).query(Integer.class).single();
    }

    protected static BigDecimal money(Object amount) {
        return new BigDecimal(amount.toString());
    }
}
