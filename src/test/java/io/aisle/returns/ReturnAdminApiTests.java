package io.aisle.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The admin moves returns along their flow; each step only from where it starts. */
class ReturnAdminApiTests extends ReturnsApiTest {

    @Test
    void eachStepIsRefusedWith409FromAStatusItDoesNotStartFrom() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 10);
        long returnId = returned(customer, deliveredOrder(customer, product, 1), product, 1);

        problemBody(step(returnId, "receive", Map.of("restock", true)), 409);
        problemBody(step(returnId, "refund", null), 409);
        assertThat(stepOk(returnId, "approve", null).get("status")).isEqualTo("APPROVED");
        assertThat(problemBody(step(returnId, "approve", null), 409).get("currentStatus")).isEqualTo("APPROVED");
        assertThat(stepOk(returnId, "receive", Map.of("restock", false)).get("status")).isEqualTo("RECEIVED");
        problemBody(step(returnId, "reject", Map.of("note", "Too late")), 409);
        problemBody(step(returnId, "receive", Map.of("restock", true)), 409);
        assertThat(returnStatus(returnId)).isEqualTo("RECEIVED");
    }

    @Test
    void receivedGoodsGoBackToStockOnlyWhenTheAdminSaysSo() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 10);
        long order = deliveredOrder(customer, product, 4);
        long restocked = returned(customer, order, product, 2);
        long kept = returned(customer, order, product, 1);
        stepOk(restocked, "approve", null);
        stepOk(kept, "approve", null);
        int before = stockInDatabase(product);

        assertThat(stepOk(restocked, "receive", Map.of("restock", true)).get("restock")).isEqualTo(true);
        assertThat(stockInDatabase(product)).isEqualTo(before + 2);
        assertThat(stepOk(kept, "receive", Map.of("restock", false)).get("restock")).isEqualTo(false);
        assertThat(stockInDatabase(product)).isEqualTo(before + 2);
    }

    @Test
    void aRejectionNeedsANoteAndFreesTheUnitsForAnotherRequest() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 10);
        long order = deliveredOrder(customer, product, 1);
        long returnId = returned(customer, order, product, 1);
        problemBody(requestReturn(customer, order, returning(product, 1), null), 409);

        expectProblem(step(returnId, "reject", Map.of("note", " ")), 400);
        Map<?, ?> rejected = stepOk(returnId, "reject", Map.of("note", "The seal is broken."));

        assertThat(rejected.get("status")).isEqualTo("REJECTED");
        assertThat(rejected.get("adminNote")).isEqualTo("The seal is broken.");
        assertThat(getJson(customer.bearer(), "/api/v1/returns/{id}", returnId).get("adminNote"))
                .isEqualTo("The seal is broken.");
        returned(customer, order, product, 1);
    }

    @Test
    void theAdminListsReturnsByStatusAndPage() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 10);
        long order = deliveredOrder(customer, product, 3);
        long first = returned(customer, order, product, 1);
        long second = returned(customer, order, product, 1);
        stepOk(second, "approve", null);

        Map<?, ?> approved = getJson(adminBearer(), "/api/v1/admin/returns?status=approved&size=100");
        Map<?, ?> requested = getJson(adminBearer(), "/api/v1/admin/returns?status=REQUESTED&size=1");

        assertThat((List<?>) approved.get("content")).extracting(r -> id((Map<?, ?>) r)).contains(second)
                .doesNotContain(first);
        assertThat((List<?>) requested.get("content")).hasSize(1);
        assertThat(((Map<?, ?>) requested.get("page")).get("size")).isEqualTo(1);
        expectProblem(api.get().uri("/api/v1/admin/returns?status=LOST").header(HttpHeaders.AUTHORIZATION,
                adminBearer()).exchange(), 400);
        api.get().uri("/api/v1/admin/returns").header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange()
                .expectStatus().isForbidden();
        problemBody(step(Long.MAX_VALUE, "approve", null), 404);
    }
}
