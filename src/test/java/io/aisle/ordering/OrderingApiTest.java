package io.aisle.ordering;

import io.aisle.shopping.ShoppingApiTest;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** {@link ShoppingApiTest} plus checking out. Same Spring context. */
public abstract class OrderingApiTest extends ShoppingApiTest {

    protected static final Map<String, Object> ADDRESS = Map.of("fullName", "Grace Hopper", "line1", "1 Navy Way",
            "city", "Arlington", "region", "va", "postalCode", "22201", "country", "us");

    /** Sends a checkout with this body (null for none) and returns the answer to check. */
    protected RestTestClient.ResponseSpec checkout(Customer customer, Map<String, ?> body) {
        var request = api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer());
        return body == null ? request.exchange() : request.body(body).exchange();
    }

    /** Checks out the customer's cart to {@link #ADDRESS} and returns the order. */
    protected Map<?, ?> placeOrder(Customer customer) {
        return checkout(customer, Map.of("shippingAddress", ADDRESS))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Buys {@code quantity} units of the product as a new order of the customer. */
    protected long buy(Customer customer, long productId, int quantity) {
        addToCart(customer, productId, quantity);
        return id(placeOrder(customer));
    }

    protected static long id(Map<?, ?> json) {
        return ((Number) json.get("id")).longValue();
    }
}
