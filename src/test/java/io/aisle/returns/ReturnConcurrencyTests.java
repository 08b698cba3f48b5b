package io.aisle.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.platform.Concurrently;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/** Requests and admin steps racing for the same rows: the SQL guards, not luck, decide who wins. */
class ReturnConcurrencyTests extends ReturnsApiTest {

    private static final int RACERS = 8;

    @Test
    void ofEightRequestsForTheLastUnitExactlyOneWinsAndTheOthersGet409() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 10);
        long order = deliveredOrder(customer, product, 2);
        returned(customer, order, product, 1);

        List<Integer> statuses = Concurrently.statuses(RACERS,
                i -> requestReturn(customer, order, returning(product, 1), "last-" + i));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(RACERS - 1);
        assertThat(jdbc.sql("""
                SELECT SUM(l.quantity) FROM return_lines l JOIN returns r ON r.id = l.return_id
                WHERE r.order_id = :id""").param("id", order).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void eightFirstRequestsForThreeUnitsMakeExactlyThreeReturns() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 10);
        long order = deliveredOrder(customer, product, 3);

        List<Integer> statuses = Concurrently.statuses(RACERS,
                i -> requestReturn(customer, order, returning(product, 1), "first-" + i));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(RACERS - 3);
    }

    @Test
    void eightRequestsWithTheSameKeyMakeOneReturn() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 10);
        long order = deliveredOrder(customer, product, 3);

        List<EntityExchangeResult<Map>> results = Concurrently.results(RACERS,
                i -> requestReturn(customer, order, returning(product, 1), "same-key").returnResult(Map.class));

        assertThat(results).allSatisfy(r -> assertThat(r.getStatus().value()).isEqualTo(201));
        assertThat(results).extracting(r -> id(r.getResponseBody())).containsOnly(id(results.get(0).getResponseBody()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM returns WHERE order_id = :id").param("id", order)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void ofEightApprovalsAtOnceOneMovesTheReturnAndTheOthersGet409() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 10);
        long returnId = returned(customer, deliveredOrder(customer, product, 1), product, 1);
        admin(); // signed in before the race, so the racers only approve

        List<Integer> statuses = Concurrently.statuses(RACERS, i -> step(returnId, "approve", null));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(RACERS - 1);
        assertThat(returnStatus(returnId)).isEqualTo("APPROVED");
    }

    @Test
    void ofEightReceiptsWithRestockAtOnceOnePutsTheUnitsBackOnce() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 10);
        long returnId = returned(customer, deliveredOrder(customer, product, 3), product, 3);
        stepOk(returnId, "approve", null);
        int before = stockInDatabase(product);

        List<Integer> statuses = Concurrently.statuses(RACERS, i -> step(returnId, "receive", Map.of("restock", true)));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(stockInDatabase(product)).isEqualTo(before + 3);
    }
}
