package io.aisle.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

/** An account with a return in progress stays; a deleted account's returns keep no e-mail or words of the customer. */
class ReturnsOfDeletedAccountsTests extends ReturnsApiTest {

    @Test
    void answers409WhileAReturnWaitsForTheShopAndErasesTheCustomersWordsOnceDeleted() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("20.00"), 10);
        long order = deliveredOrder(customer, product, 1);
        long returnId = id(requestReturn(customer, order, Map.of("lines", java.util.List.of(Map.of("productId",
                product, "quantity", 1)), "reason", "OTHER", "reasonText", "My neighbour has one", "note",
                "Call me at 555-0100"), null).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody());

        Map<?, ?> refused = problemBody(deleteAccount(customer), 409);
        assertThat(refused.get("returns")).asList().containsExactly((int) returnId);

        stepOk(returnId, "reject", Map.of("note", "Changed our mind too."));
        deleteAccount(customer).expectStatus().is2xxSuccessful();

        Map<String, Object> row = jdbc.sql("SELECT email, reason_text, customer_note, status FROM returns WHERE id = :id")
                .param("id", returnId).query().singleRow();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("reason_text")).isNull();
        assertThat(row.get("customer_note")).isNull();
        assertThat(row.get("status")).isEqualTo("REJECTED");
    }

    private RestTestClient.ResponseSpec deleteAccount(Customer customer) {
        return api.method(HttpMethod.DELETE).uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("password", customer.password()))
                .exchange();
    }
}
