package io.aisle.ordering;

import io.aisle.shopping.ShoppingApiTest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

class AdminOrderAccessTests extends ShoppingApiTest {

    @ParameterizedTest
    @CsvSource({"GET, /api/v1/admin/orders", "GET, /api/v1/admin/orders/1", "POST, /api/v1/admin/orders/1/status",
            "POST, /api/v1/admin/orders/shipments"})
    void refusesCustomersWith403AndAnonymousCallersWith401(HttpMethod method, String uri) {
        Customer customer = newCustomer();

        problemBody(api.method(method).uri(uri).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("status", "SHIPPED")).exchange(), 403);
        problemBody(api.method(method).uri(uri).body(Map.of("status", "SHIPPED")).exchange(), 401);
    }
}
