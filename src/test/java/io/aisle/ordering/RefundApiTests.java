package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.platform.Concurrently;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Refunds through the order's provider (the simulated one here): in part, in full, once per key, never too much. */
class RefundApiTests extends OrderingApiTest {

    @Test
    void aPartialThenTheRestMakeTheOrderPartlyThenFullyRefundedInTheLedgerAndAtTheProvider() {
        long order = paidOrder(new BigDecimal("30.00"), 2);
        BigDecimal total = total(order);

        Map<?, ?> first = refund(order, "10.00", "Damaged box", "r1-" + order).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(first.get("status")).isEqualTo("SUCCEEDED");
        assertThat((String) first.get("providerReference")).startsWith("simre_");
        assertThat(paymentStatus(order)).isEqualTo("PARTIALLY_REFUNDED");

        refund(order, total.subtract(new BigDecimal("10.00")).toPlainString(), null, "r2-" + order).expectStatus().isOk();

        assertThat(paymentStatus(order)).isEqualTo("REFUNDED");
        Map<?, ?> summary = admin().get().uri("/api/v1/admin/orders/{id}/refunds", order).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(money(summary.get("refundable"))).isZero();
        assertThat((List<?>) summary.get("refunds")).hasSize(2);
        assertThat(jdbc.sql("SELECT SUM(amount) FROM simulated_provider_refunds WHERE order_id = :id").param("id", order)
                .query(BigDecimal.class).single()).isEqualByComparingTo(total);
        assertThat(jdbc.sql("SELECT refund_reference FROM simulated_provider_charges WHERE order_id = :id")
                .param("id", order).query(String.class).single()).isNotNull();
    }

    @Test
    void moreThanIsLeftANonPositiveAmountOrNoKeyIsA400AndRefundsNothing() {
        long order = paidOrder(new BigDecimal("15.00"), 1);
        BigDecimal total = total(order);

        expectProblem(refund(order, total.add(new BigDecimal("0.01")).toPlainString(), null, "big-" + order), 400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(total.toPlainString()));
        expectProblem(refund(order, "0", null, "zero-" + order), 400);
        expectProblem(refund(order, "1.001", null, "cents-" + order), 400);
        expectProblem(refund(order, "1.00", null, null), 400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Idempotency-Key"));
        expectProblem(refund(Long.MAX_VALUE, "1.00", null, "none"), 404);

        assertThat(paymentStatus(order)).isEqualTo("PAID");
        assertThat(refundRows(order)).isZero();
    }

    @Test
    void anOrderPaidThroughAnotherProviderThanTodaysIsRefusedWithoutPromisingItsMoney() {
        long order = paidOrder(new BigDecimal("15.00"), 1);
        jdbc.sql("UPDATE orders SET payment_provider = 'stripe' WHERE id = :id").param("id", order).update();

        expectProblem(refund(order, "5.00", null, "other-" + order), 409)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("paid through stripe"));

        assertThat(refundRows(order)).isZero();
    }

    @Test
    void eightRefundsWithOneKeyAtOnceGiveTheMoneyBackOnce() throws Exception {
        long order = paidOrder(new BigDecimal("40.00"), 1);

        List<Integer> statuses = Concurrently.statuses(8, i -> refund(order, "5.00", "Goodwill", "same-" + order));

        assertThat(statuses).containsOnly(200);
        assertThat(refundRows(order)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM simulated_provider_refunds WHERE order_id = :id").param("id", order)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT refunded_total FROM orders WHERE id = :id").param("id", order)
                .query(BigDecimal.class).single()).isEqualByComparingTo("5.00");
    }

    @Test
    void concurrentRefundsWithDifferentKeysNeverGiveBackMoreThanWasPaid() throws Exception {
        long order = paidOrder(new BigDecimal("10.00"), 1);
        BigDecimal total = total(order);
        // each asks for 40% of the order: at most two can succeed
        String share = total.multiply(new BigDecimal("0.4")).setScale(2, java.math.RoundingMode.DOWN).toPlainString();

        List<Integer> statuses = Concurrently.statuses(6, i -> refund(order, share, null, "k" + i + "-" + order));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(2);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(4);
        assertThat(jdbc.sql("SELECT SUM(amount) FROM simulated_provider_refunds WHERE order_id = :id").param("id", order)
                .query(BigDecimal.class).single()).isLessThanOrEqualTo(total);
    }

    @Test
    void cancellingAPaidOrderGivesAllOfItsMoneyBack() {
        long order = paidOrder(new BigDecimal("22.00"), 1);

        admin().post().uri("/api/v1/admin/orders/{id}/status", order).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "CANCELLED")).exchange().expectStatus().isOk();

        assertThat(paymentStatus(order)).isEqualTo("REFUNDED");
        assertThat(jdbc.sql("SELECT reason FROM payments WHERE order_id = :id AND kind = 'REFUND'").param("id", order)
                .query(String.class).single()).isEqualTo("Order cancelled");
        expectProblem(refund(order, "1.00", null, "after-" + order), 409);
    }

    @Test
    void theSalesSummaryCountsRevenueNetOfRefunds() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        Map<?, ?> before = summary(today);
        long order = paidOrder(new BigDecimal("50.00"), 1);
        Map<?, ?> placed = summary(today);
        assertThat(money(placed.get("revenue")).subtract(money(before.get("revenue")))).isEqualByComparingTo("50.00");

        refund(order, "20.00", "Part", "net-" + order).expectStatus().isOk();

        Map<?, ?> after = summary(today);
        assertThat(money(after.get("revenue")).subtract(money(before.get("revenue")))).isEqualByComparingTo("30.00");
        assertThat(money(after.get("refunds")).subtract(money(before.get("refunds")))).isEqualByComparingTo("20.00");
    }

    private Map<?, ?> summary(String day) {
        return admin().get().uri("/api/v1/admin/analytics/summary?from={d}&to={d}", day, day).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private long paidOrder(BigDecimal price, int quantity) {
        Customer customer = newCustomer();
        return buy(customer, newProduct(CATEGORY, price, 10), quantity);
    }

    private BigDecimal total(long order) {
        return jdbc.sql("SELECT total FROM orders WHERE id = :id").param("id", order).query(BigDecimal.class).single();
    }

    private String paymentStatus(long order) {
        return jdbc.sql("SELECT payment_status FROM orders WHERE id = :id").param("id", order).query(String.class)
                .single();
    }

    private int refundRows(long order) {
        return jdbc.sql("SELECT COUNT(*) FROM payments WHERE order_id = :id AND kind = 'REFUND'").param("id", order)
                .query(Integer.class).single();
    }

    private RestTestClient.ResponseSpec refund(long order, String amount, String reason, String key) {
        var request = admin().post().uri("/api/v1/admin/orders/{id}/refunds", order)
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("amount", new BigDecimal(amount));
        if (reason != null) {
            body.put("reason", reason);
        }
        return request.body(body).exchange();
    }

    private RestTestClient admin;

    /** The API as the admin, signed in once per test (sign-ins are throttled and costly). */
    private RestTestClient admin() {
        if (admin == null) {
            admin = api.mutate().defaultHeader("Authorization", adminBearer()).build();
        }
        return admin;
    }
}
