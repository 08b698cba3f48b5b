package io.aisle.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.shopping.CartAbandoned;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Welcome and cart-reminder mails, with the LLM's paragraph when it answers and the template's words when not. */
class CustomerMailTests extends MailApiTest {

    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void aNewCustomerIsWelcomedWithTheLlmsParagraphWrittenFromTheirName() throws Exception {
        String email = register("Welcomed Wanda");

        var mail = awaitMail(email, "Welcome to Aisle, Welcomed");

        assertThat(part(mail, "plain")).contains(LLM_PARAGRAPH, BASE_URL + "/account");
        assertThat(part(mail, "html")).contains(LLM_PARAGRAPH, "href=\"" + BASE_URL + "/\"");
        assertThat(llmRequestsMentioning("Welcomed Wanda")).isNotEmpty().allSatisfy(request -> {
            assertThat(request.get("messages").get(0).get("role").asString()).isEqualTo("system");
            assertThat(request.get("messages").get(1).get("content").asString()).contains("created an account");
        });
    }

    @Test
    void whenTheLlmFailsTheWelcomeSaysTheTemplatesOwnWords() throws Exception {
        String email = register(LLM_FAILS_FOR + " Fred");

        String text = part(awaitMail(email, "Welcome to Aisle"), "plain");

        assertThat(text).contains("Your account at Aisle is ready").doesNotContain(LLM_PARAGRAPH);
        assertThat(llmRequestsMentioning(LLM_FAILS_FOR + " Fred")).isNotEmpty();
    }

    @Test
    void anAbandonedCartIsRemindedOnceWithItsProductsAndALinkToTheCart() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, "Testbrand", "Reminder lamp", new BigDecimal("19.00"), 5);
        addToCart(customer, product, 2);
        CartAbandoned abandoned = new CartAbandoned(customer.id(), customer.email(), "Carla Cart",
                Instant.parse("2026-01-01T00:00:00Z"), customer.id() + ":2026-01-01T00:00:00Z");

        transactions.executeWithoutResult(status -> events.publishEvent(abandoned));
        transactions.executeWithoutResult(status -> events.publishEvent(abandoned));

        var mail = awaitMail(customer.email(), "You left something in your cart");
        assertThat(part(mail, "plain")).contains("Reminder lamp × 2", BASE_URL + "/cart", LLM_PARAGRAPH);
        assertThat(part(mail, "html")).contains("href=\"" + BASE_URL + "/cart\"");
        assertThat(llmRequestsMentioning("Reminder lamp")).isNotEmpty();
        assertThat(outboxRowsTo(customer.email())).filteredOn(row -> row.get("template").equals("cart-reminder"))
                .hasSize(1);
    }

    @Test
    void theAdminAccountThatIsCreatedGetsNoWelcome() {
        assertThat(outboxRowsTo(ADMIN_EMAIL)).noneMatch(row -> row.get("template").equals("welcome"));
    }

    @Test
    void deletingAnAccountErasesItsMailsWithIt() {
        Customer customer = newCustomer();
        awaitMail(customer.email(), "Welcome to Aisle");
        assertThat(outboxRowsTo(customer.email())).isNotEmpty();

        api.method(HttpMethod.DELETE).uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("password", customer.password())).exchange().expectStatus().isNoContent();

        assertThat(outboxRowsTo(customer.email())).isEmpty();
    }

    private String register(String fullName) {
        String email = unique("welcome") + "@example.com";
        api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", email, "password", "correct-horse-battery", "fullName", fullName))
                .exchange().expectStatus().isCreated();
        return email;
    }

    private java.util.List<JsonNode> llmRequestsMentioning(String words) {
        return LLM.requests.stream().filter(request -> request.toString().contains(words)).toList();
    }
}
