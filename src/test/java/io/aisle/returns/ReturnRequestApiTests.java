package io.aisle.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** A customer asks to return units of a delivered order: who may, when, and how many. */
class ReturnRequestApiTests extends ReturnsApiTest {

    @Test
    void aCustomerReturnsSomeUnitsOfADeliveredOrderAndFollowsTheReturn() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 3);

        Map<?, ?> made = requestReturn(customer, order, Map.of("lines", List.of(Map.of("productId", product,
                "quantity", 2)), "reason", "other", "reasonText", "Bought two by mistake", "note", "Pick-up please"),
                null).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "false")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(made.get("status")).isEqualTo("REQUESTED");
        assertThat(made.get("reason")).isEqualTo("OTHER");
        assertThat(made.get("reasonText")).isEqualTo("Bought two by mistake");
        assertThat(money(made.get("suggestedRefund"))).isEqualByComparingTo("50.00");
        assertThat(getJson(customer.bearer(), "/api/v1/returns/{id}", id(made)).get("orderId")).isEqualTo((int) order);
        List<?> ofOrder = api.get().uri("/api/v1/orders/{id}/returns", order)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(ofOrder).hasSize(1);
    }

    @Test
    void answers409WhenTheOrderIsNotDeliveredYet() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = buy(customer, product, 1);

        assertThat(problemBody(requestReturn(customer, order, returning(product, 1), null), 409).get("detail"))
                .asString().contains("only a delivered order can be returned");
        assertThat(countReturns(order)).isZero();
    }

    @Test
    void answers409SayingUntilWhenAfterTheReturnWindow() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 1);
        Instant delivered = Instant.parse("2026-01-05T10:00:00Z");
        jdbc.sql("UPDATE orders SET delivered_at = :at WHERE id = :id")
                .param("at", LocalDateTime.ofInstant(delivered, ZoneOffset.UTC)).param("id", order).update();

        Map<?, ?> problem = problemBody(requestReturn(customer, order, returning(product, 1), null), 409);

        assertThat(problem.get("detail")).isEqualTo("Order " + order + " could be returned until February 4, 2026 (UTC).");
        assertThat(problem.get("returnableUntil")).isEqualTo(delivered.plus(Duration.ofDays(30)).toString());
        assertThat(countReturns(order)).isZero();
    }

    @Test
    void anotherCustomersOrderAndReturnAre404() {
        Customer owner = newCustomer();
        Customer stranger = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(owner, product, 1);
        long returnId = returned(owner, order, product, 1);

        problemBody(requestReturn(stranger, order, returning(product, 1), null), 404);
        problemBody(api.get().uri("/api/v1/orders/{id}/returns", order)
                .header(HttpHeaders.AUTHORIZATION, stranger.bearer()).exchange(), 404);
        problemBody(api.get().uri("/api/v1/returns/{id}", returnId)
                .header(HttpHeaders.AUTHORIZATION, stranger.bearer()).exchange(), 404);
        assertThat(countReturns(order)).isEqualTo(1);
    }

    @Test
    void answers409WhenMoreUnitsAreAskedForThanAreLeftAcrossReturns() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 3);
        returned(customer, order, product, 2);

        Map<?, ?> problem = problemBody(requestReturn(customer, order, returning(product, 2), null), 409);

        assertThat(problem.get("returnable")).isEqualTo(1);
        assertThat(problem.get("productId")).isEqualTo((int) product);
        problemBody(requestReturn(customer, order, returning(product, 4), null), 409);
        returned(customer, order, product, 1);
        problemBody(requestReturn(customer, order, returning(product, 1), null), 409);
        assertThat(countReturns(order)).isEqualTo(2);
    }

    @Test
    void badLinesAndReasonsAre400NamingTheField() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long other = newProduct(CATEGORY, new BigDecimal("5.00"), 10);
        long order = deliveredOrder(customer, product, 2);

        expectProblem(requestReturn(customer, order, returning(other, 1), null), 400)
                .jsonPath("$.errors[0].field").isEqualTo("lines");
        expectProblem(requestReturn(customer, order, Map.of("lines", List.of(Map.of("productId", product,
                "quantity", 1), Map.of("productId", product, "quantity", 1)), "reason", "DAMAGED"), null), 400);
        expectProblem(requestReturn(customer, order, returning(product, 0), null), 400);
        expectProblem(requestReturn(customer, order, Map.of("lines", List.of(), "reason", "DAMAGED"), null), 400);
        expectProblem(requestReturn(customer, order, Map.of("lines", List.of(Map.of("productId", product,
                "quantity", 1)), "reason", "BORED"), null), 400).jsonPath("$.errors[0].field").isEqualTo("reason");
        expectProblem(requestReturn(customer, order, Map.of("lines", List.of(Map.of("productId", product,
                "quantity", 1)), "reason", "OTHER"), null), 400).jsonPath("$.errors[0].field").isEqualTo("reasonText");
        assertThat(countReturns(order)).isZero();
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheFirstReturn() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 1);

        long first = id(requestReturn(customer, order, returning(product, 1), "ret-1").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody());
        Map<?, ?> again = requestReturn(customer, order, returning(product, 1), "ret-1").expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(id(again)).isEqualTo(first);
        assertThat(countReturns(order)).isEqualTo(1);
    }

    private long countReturns(long orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM returns WHERE order_id = :id").param("id", orderId).query(Long.class)
                .single();
    }
}
