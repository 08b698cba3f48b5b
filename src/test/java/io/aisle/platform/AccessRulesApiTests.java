package io.aisle.platform;

import io.aisle.ApiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Admin endpoints: 401 problem without a token, 403 problem with a customer's, the admin's works. */
class AccessRulesApiTests extends ApiTest {

    private record Endpoint(HttpMethod method, String path, Map<String, ?> body) {
    }

    /** The actuator's admin endpoints live on the operations port: {@link OperationsApiTests}. */
    private List<Endpoint> adminEndpoints(long productId) {
        return List.of(
                new Endpoint(HttpMethod.POST, "/api/v1/products", form()),
                new Endpoint(HttpMethod.PUT, "/api/v1/products/" + productId, form()),
                new Endpoint(HttpMethod.PATCH, "/api/v1/products/" + productId + "/stock", Map.of("delta", 1, "reason", "Mine")),
                new Endpoint(HttpMethod.DELETE, "/api/v1/products/" + productId, null));
    }

    @Test
    void answers401ProblemToAdminEndpointsWithoutAToken() {
        expectEveryAdminEndpointRefused(null, 401);
    }

    @Test
    void answers403ProblemToAdminEndpointsWithACustomersToken() {
        expectEveryAdminEndpointRefused(newCustomer().bearer(), 403);
    }

    /** Each admin endpoint answers {@code status}, and the product they would change stays as it was. */
    private void expectEveryAdminEndpointRefused(String authorization, int status) {
        long productId = newProduct("sports", new BigDecimal("3.00"), 3);
        for (Endpoint endpoint : adminEndpoints(productId)) {
            expectProblem(call(endpoint, authorization), status);
        }
        api.get().uri("/api/v1/products/{id}", productId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.stock").isEqualTo(3);
    }

    @Test
    void letsTheAdminThrough() {
        long productId = newProduct("sports", new BigDecimal("3.00"), 3);
        String admin = adminBearer();
        for (Endpoint endpoint : adminEndpoints(productId)) {
            call(endpoint, admin).expectStatus().is2xxSuccessful();
        }
    }

    @Test
    void answers401ProblemToCustomerEndpointsWithoutAToken() {
        expectProblem(api.get().uri("/api/v1/users/me").exchange(), 401)
                .jsonPath("$.instance").isEqualTo("/api/v1/users/me");
        expectProblem(api.patch().uri("/api/v1/users/me").body(Map.of("fullName", "X")).exchange(), 401);
    }

    private static Map<String, Object> form() {
        return Map.of("sku", unique("ACL").toUpperCase(), "name", "Guarded", "brand", "Testbrand",
                "category", "sports", "description", "Guarded product.", "price", new BigDecimal("1.00"), "stock", 1);
    }

    private RestTestClient.ResponseSpec call(Endpoint endpoint, String authorization) {
        RestTestClient.RequestBodySpec request = api.method(endpoint.method()).uri(endpoint.path());
        if (authorization != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return endpoint.body() == null ? request.exchange() : request.body(endpoint.body()).exchange();
    }
}
