package io.aisle.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.identity.EmailVerificationRequested;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;

/** The admin's outbox: the list and one mail over the API and as pages, retrying a failed mail, and who may see it. */
class AdminMailTests extends MailApiTest {

    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void theAdminListsMailsReadsOneAndOnlyTheAdminMay() {
        Customer customer = newCustomer();
        awaitMail(customer.email(), "Welcome to Aisle");
        long id = ((Number) outboxRowsTo(customer.email()).get(0).get("id")).longValue();
        String admin = adminBearer();

        api.get().uri("/api/v1/admin/mail?page=0&size=5").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.number").isEqualTo(0)
                .jsonPath("$.page.size").isEqualTo(5)
                .jsonPath("$.content.length()").isEqualTo(5);
        await().until(() -> "SENT".equals(outboxRowsTo(customer.email()).get(0).get("status")));
        api.get().uri("/api/v1/admin/mail/{id}", id).header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.mail.recipient").isEqualTo(customer.email())
                .jsonPath("$.mail.status").isEqualTo("SENT")
                .jsonPath("$.mail.sentAt").isNotEmpty()
                .jsonPath("$.body.html").value(html -> assertThat((String) html).contains(BASE_URL))
                .jsonPath("$.body.text").value(text -> assertThat((String) text).contains(BASE_URL + "/account"));

        expectProblem(api.get().uri("/api/v1/admin/mail").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange(), 403);
        expectProblem(api.get().uri("/api/v1/admin/mail").exchange(), 401);
        expectProblem(api.get().uri("/api/v1/admin/mail/{id}", Long.MAX_VALUE).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange(), 404);
        expectProblem(api.get().uri("/api/v1/admin/mail?size=1000").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange(), 400);
        expectProblem(api.post().uri("/api/v1/admin/mail/{id}/retry", id).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange(), 409);
    }

    @Test
    void aMailThatGaveUpIsSentWhenTheAdminRetriesItFromItsPage() throws Exception {
        String email = unique("gave-up") + "@example.com";
        stopSmtp();
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(new EmailVerificationRequested(42, email,
                    "Ada", UUID.randomUUID().toString(), Instant.parse("2030-01-01T10:00:00Z"))));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> "FAILED".equals(outboxRowsTo(email).get(0).get("status")));
        } finally {
            startSmtpAgain();
        }
        long id = ((Number) outboxRowsTo(email).get(0).get("id")).longValue();
        assertThat(outboxRowsTo(email).get(0).get("attempts")).isEqualTo(3);

        String page = mvc.perform(get("/admin/mail/{id}", id).with(signedInAsAdmin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Confirm your e-mail address", "id=\"retry-mail\"", "sandbox=\"\"",
                "hidden-in-the-preview");
        mvc.perform(post("/admin/mail/{id}/retry", id).with(signedInAsAdmin()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        awaitMail(email, "Confirm your e-mail address");
        await().until(() -> "SENT".equals(outboxRowsTo(email).get(0).get("status")));
        String sent = mvc.perform(get("/admin/mail/{id}", id).with(signedInAsAdmin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(sent).contains("id=\"mail-cleared\"");
    }

    @Test
    void theOutboxPageListsMailsToTheAdminOnly() throws Exception {
        Customer customer = newCustomer();
        awaitMail(customer.email(), "Welcome to Aisle");

        String page = mvc.perform(get("/admin/mail").with(signedInAsAdmin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(customer.email(), "Welcome to Aisle", "mail-results");
        mvc.perform(get("/admin/mail").with(signedIn(customer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mail/{id}", Long.MAX_VALUE).with(signedInAsAdmin())).andExpect(status().isNotFound());
    }
}
