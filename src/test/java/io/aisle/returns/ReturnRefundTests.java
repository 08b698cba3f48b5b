package io.aisle.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ordering.Refunds;
import io.aisle.platform.Concurrently;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * Refunding returns through the order's (simulated) provider: what the returned units paid, shipping with the last
 * of the order, never more, and once however often it is asked.
 */
class ReturnRefundTests extends ReturnsApiTest {

    private static final Map<String, Object> CUPERTINO = Map.of("fullName", "Ada Lovelace", "line1",
            "1 Infinite Loop", "city", "Cupertino", "region", "CA", "postalCode", "95014", "country", "US");

    @Autowired
    Refunds refunds;

    @Test
    void refundsWhatTheUnitsPaidAfterDiscountWithTaxAndTheShippingWithTheRestOfTheOrder() {
        Customer customer = newCustomer();
        long lamp = newProduct(CATEGORY, new BigDecimal("40.00"), 10);
        long mugs = newProduct(CATEGORY, new BigDecimal("10.00"), 10);
        long order = taxedOrderWithACode(customer, lamp, mugs);
        // 10 % off 70.00 = 7.00 (4.00 + 3.00); tax 7.25 % on 36.00 = 2.61 and on 27.00 = 1.96; Express 14.99
        Map<?, ?> placed = getJson(customer.bearer(), "/api/v1/orders/{id}", order);
        assertThat(money(placed.get("total"))).isEqualByComparingTo("82.56");

        long firstMug = returned(customer, order, mugs, 1);
        // the mugs paid 30.00 − 3.00 + 1.96 = 28.96, a third of it rounded: 9.65
        assertThat(money(refunded(firstMug, null).get("refundAmount"))).isEqualByComparingTo("9.65");
        assertThat(paymentStatus(order)).isEqualTo("PARTIALLY_REFUNDED");

        long rest = id(requestReturn(customer, order, Map.of("lines", List.of(Map.of("productId", lamp, "quantity", 1),
                Map.of("productId", mugs, "quantity", 2)), "reason", "NOT_AS_DESCRIBED"), null)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
        Map<?, ?> last = refunded(rest, null);

        // the lamp 40.00 − 4.00 + 2.61 = 38.61, the other mugs 28.96 − 9.65 = 19.31, and the shipping 14.99
        assertThat(money(last.get("shippingRefund"))).isEqualByComparingTo("14.99");
        assertThat(money(last.get("refundAmount"))).isEqualByComparingTo("72.91");
        assertThat(paymentStatus(order)).isEqualTo("REFUNDED");
        assertThat(jdbc.sql("SELECT refunded_total FROM orders WHERE id = :id").param("id", order)
                .query(BigDecimal.class).single()).isEqualByComparingTo("82.56");
        assertThat(refunds.of(order)).extracting(p -> p.amount().toPlainString(), p -> p.reason())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("9.65", "Return #" + firstMug),
                        org.assertj.core.groups.Tuple.tuple("72.91", "Return #" + rest));
    }

    @Test
    void theAdminMayRefundLessThanTheItemsPaidButNeverMore() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("20.00"), 10);
        long order = deliveredOrder(customer, product, 2);
        long returnId = received(returned(customer, order, product, 1));

        expectProblem(step(returnId, "refund", Map.of("amount", new BigDecimal("20.01"))), 400)
                .jsonPath("$.errors[0].field").isEqualTo("amount");
        expectProblem(step(returnId, "refund", Map.of("amount", new BigDecimal("0"))), 400);
        expectProblem(step(returnId, "refund", Map.of("amount", new BigDecimal("1.001"))), 400);
        assertThat(refunds.of(order)).isEmpty();

        assertThat(money(stepOk(returnId, "refund", Map.of("amount", new BigDecimal("15.00"))).get("refundAmount")))
                .isEqualByComparingTo("15.00");
        assertThat(refunds.of(order)).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("15.00"));
    }

    @Test
    void eightRefundClicksAtOnceRefundOnce() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("20.00"), 10);
        long order = deliveredOrder(customer, product, 2);
        long returnId = received(returned(customer, order, product, 2));

        List<Integer> statuses = Concurrently.statuses(8, i -> step(returnId, "refund", null));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(refunds.of(order)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM simulated_provider_refunds WHERE order_id = :id").param("id", order)
                .query(Integer.class).single()).isEqualTo(1);
        problemBody(step(returnId, "refund", null), 409);
        assertThat(refunds.of(order)).hasSize(1);
    }

    @Test
    void aRefundThatWentThroughBeforeTheReturnWasMarkedFinishesTheReturnWithoutPayingAgain() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("20.00"), 10);
        long order = deliveredOrder(customer, product, 1);
        long returnId = received(returned(customer, order, product, 1));
        // as if the process died after the provider refunded and before the return's transaction committed
        BigDecimal total = refunds.refundable(order);
        refunds.refund(order, total, "Return #" + returnId, "return-" + returnId);

        Map<?, ?> finished = refunded(returnId, null);

        assertThat(money(finished.get("refundAmount"))).isEqualByComparingTo(total);
        assertThat(refunds.of(order)).hasSize(1);
    }

    @Test
    void anOrderWithoutAPaymentAnswers409AndTheReturnStaysReceived() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("20.00"), 10);
        long order = deliveredOrder(customer, product, 1);
        long returnId = received(returned(customer, order, product, 1));
        jdbc.sql("UPDATE orders SET payment_status = 'VOIDED' WHERE id = :id").param("id", order).update();

        problemBody(step(returnId, "refund", null), 409);

        assertThat(returnStatus(returnId)).isEqualTo("RECEIVED");
    }

    private long received(long returnId) {
        stepOk(returnId, "approve", null);
        stepOk(returnId, "receive", Map.of("restock", false));
        return returnId;
    }

    private Map<?, ?> refunded(long returnId, Map<String, ?> body) {
        if (!returnStatus(returnId).equals("RECEIVED")) {
            received(returnId);
        }
        Map<?, ?> done = stepOk(returnId, "refund", body);
        assertThat(done.get("status")).isEqualTo("REFUNDED");
        assertThat(done.get("refundReference")).asString().isNotBlank();
        return done;
    }

    private String paymentStatus(long order) {
        return jdbc.sql("SELECT payment_status FROM orders WHERE id = :id").param("id", order).query(String.class)
                .single();
    }

    /** One lamp and three mugs to Cupertino by Express with a 10 % code, taxed at California's 7.25 %, delivered. */
    private long taxedOrderWithACode(Customer customer, long lamp, long mugs) {
        int rate = api.post().uri("/api/v1/admin/taxes/rates").header(HttpHeaders.AUTHORIZATION, admin())
                .body(Map.of("country", "US", "region", "CA", "taxClass", "standard", "name", "CA sales tax",
                        "rate", new BigDecimal("0.0725")))
                .exchange().returnResult(Map.class).getStatus().value();
        assertThat(rate).isIn(201, 409);
        String code = unique("RET").toUpperCase().replace("-", "");
        api.post().uri("/api/v1/admin/promotions").header(HttpHeaders.AUTHORIZATION, admin())
                .body(Map.of("name", "Code " + code, "code", code, "kind", "PERCENTAGE", "value", new BigDecimal("10")))
                .exchange().expectStatus().isCreated();
        List<Map<?, ?>> options = api.get().uri("/api/v1/shipping/options?country=US&region=CA&subtotal=10")
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        long express = options.stream().filter(o -> "Express".equals(o.get("name")))
                .map(o -> ((Number) o.get("methodId")).longValue()).findFirst().orElseThrow();
        addToCart(customer, lamp, 1);
        addToCart(customer, mugs, 3);
        long order = id(checkout(customer, Map.of("shippingAddress", CUPERTINO, "shippingMethodId", express,
                "promotionCode", code)).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody());
        deliver(order);
        return order;
    }
}
