package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

class OrderStatusApiTests extends OrderingApiTest {

    @Test
    void movesAnOrderFromPaidToShippedToDeliveredAndStampsTheTimes() {
        long order = buy(newCustomer(), newProduct(CATEGORY, new BigDecimal("2.00"), 5), 1);
        String admin = adminBearer();

        Map<?, ?> shipped = setStatus(admin, order, "SHIPPED").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> delivered = setStatus(admin, order, "delivered").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(shipped.get("status")).isEqualTo("SHIPPED");
        assertThat(shipped.get("shippedAt")).isNotNull();
        assertThat(delivered.get("status")).isEqualTo("DELIVERED");
        assertThat(delivered.get("deliveredAt")).isNotNull();
        assertThat(delivered.get("shippedAt")).isEqualTo(shipped.get("shippedAt"));
        assertThat(delivered.get("cancelledAt")).isNull();
    }

    @Test
    void refusesChangesOutsideTheFlowWith409() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("2.00"), 5);
        long order = buy(customer, product, 1);
        String admin = adminBearer();

        Map<?, ?> problem = problemBody(setStatus(admin, order, "DELIVERED"), 409);
        assertThat(problem.get("detail")).isEqualTo("Order " + order + " is CONFIRMED and cannot become DELIVERED.");
        assertThat(problem.get("currentStatus")).isEqualTo("CONFIRMED");
        problemBody(setStatus(admin, order, "CONFIRMED"), 409);
        setStatus(admin, order, "SHIPPED").expectStatus().isOk();
        problemBody(setStatus(admin, order, "CANCELLED"), 409);
        problemBody(cancel(customer, order), 409);
        setStatus(admin, order, "DELIVERED").expectStatus().isOk();
        problemBody(setStatus(admin, order, "SHIPPED"), 409);

        assertThat(statusInDatabase(order)).isEqualTo("DELIVERED");
        assertThat(stockInDatabase(product)).isEqualTo(4);
    }

    @Test
    void cancellingPutsTheStockBackOnce() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("2.00"), 5);
        long order = buy(customer, product, 3);
        assertThat(stockInDatabase(product)).isEqualTo(2);

        Map<?, ?> cancelled = cancel(customer, order).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(cancelled.get("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancelledAt")).isNotNull();
        assertThat(stockInDatabase(product)).isEqualTo(5);
        problemBody(cancel(customer, order), 409);
        problemBody(setStatus(adminBearer(), order, "CANCELLED"), 409);
        assertThat(stockInDatabase(product)).isEqualTo(5);
    }

    @Test
    void letsTheAdminCancelAPaidOrderAndPutsTheStockBack() {
        long product = newProduct(CATEGORY, new BigDecimal("2.00"), 5);
        long order = buy(newCustomer(), product, 2);

        setStatus(adminBearer(), order, "CANCELLED").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CANCELLED");

        assertThat(stockInDatabase(product)).isEqualTo(5);
        assertThat(jdbc.sql("SELECT cancelled_at IS NOT NULL FROM orders WHERE id = :id").param("id", order)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void answers400ForAnUnknownStatusName() {
        long order = buy(newCustomer(), newProduct(CATEGORY, new BigDecimal("2.00"), 5), 1);
        String admin = adminBearer();

        assertThat((String) problemBody(setStatus(admin, order, "LOST"), 400).get("detail"))
                .contains("Unknown order status 'LOST'").contains("SHIPPED");
        problemBody(setStatus(admin, order, ""), 400);
        problemBody(api.get().uri("/api/v1/admin/orders?status=LOST").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange(), 400);
        assertThat(statusInDatabase(order)).isEqualTo("CONFIRMED");
    }

    @Test
    void hidesOtherCustomersOrdersBehind404() {
        Customer owner = newCustomer();
        Customer other = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("2.00"), 5);
        long order = buy(owner, product, 1);

        Map<?, ?> problem = problemBody(api.get().uri("/api/v1/orders/{id}", order)
                .header(HttpHeaders.AUTHORIZATION, other.bearer()).exchange(), 404);
        problemBody(cancel(other, order), 404);

        assertThat(problem.get("detail")).isEqualTo("Order " + order + " does not exist.");
        assertThat(statusInDatabase(order)).isEqualTo("CONFIRMED");
        assertThat(stockInDatabase(product)).isEqualTo(4);
        api.get().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, other.bearer()).exchange()
                .expectBody().jsonPath("$.content").isEmpty();
    }

    @Test
    void answers404ForAnOrderThatDoesNotExist() {
        String admin = adminBearer();

        problemBody(api.get().uri("/api/v1/admin/orders/{id}", Long.MAX_VALUE)
                .header(HttpHeaders.AUTHORIZATION, admin).exchange(), 404);
        problemBody(setStatus(admin, Long.MAX_VALUE, "SHIPPED"), 404);
        problemBody(cancel(newCustomer(), Long.MAX_VALUE), 404);
    }

    @Test
    void showsTheAdminEveryCustomersOrdersFilteredByStatus() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("2.00"), 5);
        long paid = buy(customer, product, 1);
        long shipped = buy(newCustomer(), product, 1);
        String admin = adminBearer();
        setStatus(admin, shipped, "SHIPPED").expectStatus().isOk();

        List<Long> shippedIds = adminOrderIds(admin, "/api/v1/admin/orders?status=shipped&size=100");
        List<Long> paidIds = adminOrderIds(admin, "/api/v1/admin/orders?status=CONFIRMED&size=100");
        List<Long> newest = adminOrderIds(admin, "/api/v1/admin/orders?size=2");

        assertThat(shippedIds).contains(shipped).doesNotContain(paid);
        assertThat(paidIds).contains(paid).doesNotContain(shipped);
        assertThat(newest).containsExactly(shipped, paid);
        api.get().uri("/api/v1/admin/orders/{id}", paid).header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(paid)
                .jsonPath("$.userId").isEqualTo(customer.id())
                .jsonPath("$.items[0].productId").isEqualTo(product);
    }

    private List<Long> adminOrderIds(String admin, String uri) {
        return ((List<?>) getJson(admin, uri).get("content")).stream().map(o -> id((Map<?, ?>) o)).toList();
    }

    private RestTestClient.ResponseSpec setStatus(String admin, long order, String status) {
        return api.post().uri("/api/v1/admin/orders/{id}/status", order).header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("status", status)).exchange();
    }

    private RestTestClient.ResponseSpec cancel(Customer customer, long order) {
        return api.post().uri("/api/v1/orders/{id}/cancel", order).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange();
    }

    private String statusInDatabase(long order) {
        return jdbc.sql("SELECT status FROM orders WHERE id = :id").param("id", order).query(String.class).single();
    }
}
