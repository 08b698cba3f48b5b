package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
                .isEqualTo("PAID");
        assertThat(shipmentsInDatabase(order)).isZero();
    }

    @Test
    void shipsOnceWhenSeveralAdminsShipTheSameOrderAtOnce() throws Exception {
        long order = buy(newCustomer(), newProduct(CATEGORY, new BigDecimal("2.00"), 5), 1);
        String admin = adminBearer();
        int admins = 8;
        ExecutorService pool = Executors.newFixedThreadPool(admins);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < admins; i++) {
                String number = "RACE000" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return ship(admin, order, "FEDEX", number, null).returnResult(String.class).getStatus().value();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(shipmentsInDatabase(order)).isEqualTo(1);
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
