package io.aisle.returns;

import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.OrderingApiTest;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** {@link OrderingApiTest} plus delivered orders and the return steps, by API. Same Spring context. */
abstract class ReturnsApiTest extends OrderingApiTest {

    @Autowired
    protected OrderService orders;

    private String admin;

    /** The admin's bearer, signed in once per test. */
    protected String admin() {
        if (admin == null) {
            admin = adminBearer();
        }
        return admin;
    }

    /** A new order of the customer for these units of the product, shipped and delivered. */
    protected long deliveredOrder(Customer customer, long productId, int quantity) {
        long order = buy(customer, productId, quantity);
        deliver(order);
        return order;
    }

    protected void deliver(long orderId) {
        orders.changeStatus(orderId, OrderStatus.SHIPPED);
        orders.changeStatus(orderId, OrderStatus.DELIVERED);
    }

    /** The body of a return request for these units of one line, because of a wrong size. */
    protected static Map<String, Object> returning(long productId, int quantity) {
        return Map.of("lines", List.of(Map.of("productId", productId, "quantity", quantity)), "reason", "WRONG_SIZE");
    }

    protected RestTestClient.ResponseSpec requestReturn(Customer customer, long orderId, Map<String, ?> body,
            String idempotencyKey) {
        var request = api.post().uri("/api/v1/orders/{id}/returns", orderId)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer());
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).exchange();
    }

    /** Requests the return and expects it made; returns its id. */
    protected long returned(Customer customer, long orderId, long productId, int quantity) {
        return id(requestReturn(customer, orderId, returning(productId, quantity), null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody());
    }

    /** POSTs an admin step of the return (approve, reject, receive, refund) with this body (null for none). */
    protected RestTestClient.ResponseSpec step(long returnId, String step, Map<String, ?> body) {
        var request = api.post().uri("/api/v1/admin/returns/{id}/{step}", returnId, step)
                .header(HttpHeaders.AUTHORIZATION, admin());
        return body == null ? request.exchange() : request.body(body).exchange();
    }

    protected Map<?, ?> stepOk(long returnId, String step, Map<String, ?> body) {
        return step(returnId, step, body).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    protected String returnStatus(long returnId) {
        return jdbc.sql("SELECT status FROM returns WHERE id = :id").param("id", returnId).query(String.class).single();
    }
}
