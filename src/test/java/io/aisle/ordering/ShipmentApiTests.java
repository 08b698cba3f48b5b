package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.platform.Concurrently;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

class ShipmentApiTests extends OrderingApiTest {

    @Test
    void recordsTheCarrierTrackingNumberAndLinkAndShowsThemToTheOwner() {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct(CATEGORY, new BigDecimal("2.00"), 5), 1);

        Map<?, ?> shipped = ship(adminBearer(), order, "UPS", "1z 999 aa1 01 2345 6784", null)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(shipped.get("status")).isEqualTo("SHIPPED");
        @SuppressWarnings("unchecked")
        Map<String, Object> shipment = (Map<String, Object>) ((List<?>) shipped.get("shipments")).get(0);
        assertThat(shipment).containsEntry("carrier", "UPS").containsEntry("carrierName", "UPS")
                .containsEntry("trackingNumber", "1Z999AA10123456784")
                .containsEntry("trackingUrl", "https://www.ups.com/track?tracknum=1Z999AA10123456784")
                .containsEntry("shippedAt", shipped.get("shippedAt"));
        Map<?, ?> mine = getJson(customer.bearer(), "/api/v1/orders/{id}", order);
        assertThat(mine.get("shipments")).isEqualTo(shipped.get("shipments"));
        assertThat(mine.get("id")).isEqualTo((int) order);
        assertThat(shipmentsInDatabase(order)).isEqualTo(1);
    }

    @Test
    void documentsTheOrderWithItsShipmentsAsOneObjectInTheOpenApiDocument() {
        Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) getJson(null, "/v3/api-docs").get("components")).get("schemas");
        Map<?, ?> properties = (Map<?, ?>) ((Map<?, ?>) schemas.get("TrackedOrder")).get("properties");

        assertThat(properties.keySet()).map(Object::toString)
                .contains("id", "status", "total", "shippingAddress", "shipments").doesNotContain("order");
        assertThat(((Map<?, ?>) ((Map<?, ?>) schemas.get("Shipment")).get("properties")).keySet()).map(Object::toString)
                .contains("carrier", "carrierName", "trackingNumber", "trackingUrl", "shippedAt");
    }

    @Test
    void showsNoShipmentBeforeTheOrderShipsAndRecordsAnOtherCarriersOwnLink() {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct(CATEGORY, new BigDecimal("2.00"), 5), 1);
        assertThat((List<?>) getJson(customer.bearer(), "/api/v1/orders/{id}", order).get("shipments")).isEmpty();

        ship(adminBearer(), order, "other", null, "https://track.example.com/p?id=42").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.shipments[0].carrier").isEqualTo("OTHER")
                .jsonPath("$.shipments[0].trackingNumber").doesNotExist()
                .jsonPath("$.shipments[0].trackingUrl").isEqualTo("https://track.example.com/p?id=42");
    }

    @Test
    void answers400NamingTheFieldAndShipsNothingForABadCarrierOrTrackingNumber() {
        long order = buy(newCustomer(), newProduct(CATEGORY, new BigDecimal("2.00"), 5), 1);
        String admin = adminBearer();

        assertThat(field(problemBody(ship(admin, order, "PIGEON", "1234", null), 400))).isEqualTo("carrier");
        assertThat(field(problemBody(ship(admin, order, "UPS", null, null), 400))).isEqualTo("trackingNumber");
        assertThat(field(problemBody(ship(admin, order, "UPS", "12<script>", null), 400))).isEqualTo("trackingNumber");
        assertThat(field(problemBody(ship(admin, order, "DHL", "1".repeat(41), null), 400))).isEqualTo("trackingNumber");
        assertThat(field(problemBody(ship(admin, order, "UPS", "1Z999AA1", "https://evil.example"), 400)))
                .isEqualTo("trackingUrl");
        assertThat(field(problemBody(ship(admin, order, "OTHER", null, "javascript:alert(1)"), 400)))
                .isEqualTo("trackingUrl");
        Map<String, Object> deliver = Map.of("status", "DELIVERED", "carrier", "UPS", "trackingNumber", "1Z999AA1");
        assertThat(field(problemBody(post(admin, order, deliver), 400))).isEqualTo("carrier");

        assertThat(jdbc.sql("SELECT status FROM orders WHERE id = :id").param("id", order).query(String.class).single())
                .isEqualTo("CONFIRMED");
        assertThat(shipmentsInDatabase(order)).isZero();
    }

    @Test
    void shipsOnceWhenSeveralAdminsShipTheSameOrderAtOnce() throws Exception {
        long order = buy(newCustomer(), newProduct(CATEGORY, new BigDecimal("2.00"), 5), 1);
        String bearer = adminBearer();
        List<Integer> statuses = Concurrently.statuses(8,
                admin -> ship(bearer, order, "FEDEX", "RACE000" + admin, null));

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(shipmentsInDatabase(order)).isEqualTo(1);
    }

    @Test
    void shipsSeveralOrdersWithOneCarrierAndSaysWhichWereRefusedAndWhy() {
        long product = newProduct(CATEGORY, new BigDecimal("2.00"), 10);
        long first = buy(newCustomer(), product, 1);
        long second = buy(newCustomer(), product, 1);
        String admin = adminBearer();
        ship(admin, second, "PICKUP", null, null).expectStatus().isOk();

        Map<?, ?> outcome = api.post().uri("/api/v1/admin/orders/shipments").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("carrier", "CANADA_POST", "orders", List.of(Map.of("id", first, "trackingNumber",
                        "1234567890123456"), Map.of("id", second, "trackingNumber", "6543210987654321"),
                        Map.of("id", Long.MAX_VALUE, "trackingNumber", "1111222233334444"))))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(outcome.get("shipped")).isEqualTo(List.of((int) first));
        Map<?, ?> refused = (Map<?, ?>) outcome.get("refused");
        assertThat(List.copyOf(refused.keySet())).isEqualTo(List.of(String.valueOf(second), String.valueOf(Long.MAX_VALUE)));
        assertThat(refused.get(String.valueOf(second))).isEqualTo("Order " + second + " is SHIPPED and cannot become SHIPPED.");
        assertThat(getJson(admin, "/api/v1/admin/orders/{id}", first).get("shipments").toString())
                .contains("https://www.canadapost-postescanada.ca/track-reperage/en#/details/1234567890123456");
        problemBody(api.post().uri("/api/v1/admin/orders/shipments").header(HttpHeaders.AUTHORIZATION, admin)
                .body(Map.of("carrier", "UPS", "orders", List.of())).exchange(), 400);
    }

    @Test
    void findsOrdersByNumberOrEmailThroughTheAdminApi() {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct(CATEGORY, new BigDecimal("2.00"), 5), 1);
        jdbc.sql("UPDATE orders SET email = :email WHERE id = :id AND email IS NULL") // as checkout writes it (V16)
                .param("email", customer.email()).param("id", order).update();
        String admin = adminBearer();

        assertThat(getJson(admin, "/api/v1/admin/orders?q={q}", customer.email()).get("content").toString())
                .contains("id=" + order);
        assertThat((List<?>) getJson(admin, "/api/v1/admin/orders?q={q}&status=SHIPPED", customer.email()).get("content"))
                .isEmpty();
        assertThat(getJson(admin, "/api/v1/admin/orders?q={q}", "#" + order).get("page").toString())
                .contains("totalElements=1");
        problemBody(api.get().uri("/api/v1/admin/orders?from=2026-02-01&to=2026-01-01")
                .header(HttpHeaders.AUTHORIZATION, admin).exchange(), 400);
        problemBody(api.get().uri("/api/v1/admin/orders?from=yesterday").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange(), 400);
    }

    private RestTestClient.ResponseSpec ship(String admin, long order, String carrier, String number, String url) {
        Map<String, Object> body = new HashMap<>(Map.of("status", "SHIPPED", "carrier", carrier));
        if (number != null) {
            body.put("trackingNumber", number);
        }
        if (url != null) {
            body.put("trackingUrl", url);
        }
        return post(admin, order, body);
    }

    private RestTestClient.ResponseSpec post(String admin, long order, Map<String, ?> body) {
        return api.post().uri("/api/v1/admin/orders/{id}/status", order).header(HttpHeaders.AUTHORIZATION, admin)
                .body(body).exchange();
    }

    private static Object field(Map<?, ?> problem) {
        return ((Map<?, ?>) ((List<?>) problem.get("errors")).get(0)).get("field");
    }

    private int shipmentsInDatabase(long order) {
        return jdbc.sql("SELECT COUNT(*) FROM shipments WHERE order_id = :id").param("id", order)
                .query(Integer.class).single();
    }
}
