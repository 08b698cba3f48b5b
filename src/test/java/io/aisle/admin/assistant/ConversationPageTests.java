package io.aisle.admin.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.admin.AdminPageTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationPageTests extends AdminPageTest {

    private long conversation(Customer customer, String message) {
        Map<?, ?> answer = api.post().uri("/api/v1/assistant/chat").header(AUTHORIZATION, customer.bearer())
                .body(Map.of("message", message)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) answer.get("conversationId")).longValue();
    }

    @Test
    void listsConversationsWithNegativeMessagesBeforeTheOthers() throws Exception {
        Customer customer = newCustomer();
        long happy = conversation(customer, "hello, " + word());
        long unhappy = conversation(customer, "my parcel is late and the box was damaged, terrible");

        String page = adminPage("/admin/assistant");

        assertThat(page).contains("Assistant conversations").contains(customer.email());
        assertThat(page.indexOf("conversation-" + unhappy)).isPositive();
        // the happy one is on the page only if fewer than a page of negative ones exist; if so it comes later
        if (page.contains("conversation-" + happy)) {
            assertThat(page.indexOf("conversation-" + unhappy)).isLessThan(page.indexOf("conversation-" + happy));
        }
    }

    @Test
    void showsATranscriptWithSentimentAsText() throws Exception {
        Customer customer = newCustomer();
        long id = conversation(customer, "<img src=x> this is awful");

        String page = adminPage("/admin/assistant/{id}", id);

        assertThat(page).contains("&lt;img src=x&gt; this is awful").doesNotContain("<img src=x>")
                .contains("sentiment-negative").contains("Assistant (offline)");
    }

    @Test
    void namesAGuestsConversationAsAGuests() throws Exception {
        Map<?, ?> answer = api.post().uri("/api/v1/assistant/chat")
                .body(Map.of("message", "my order never came, this is awful " + word())).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        long id = ((Number) answer.get("conversationId")).longValue();

        String page = adminPage("/admin/assistant");

        int row = page.indexOf("conversation-" + id);
        assertThat(row).isPositive();
        String rowHtml = page.substring(row, page.indexOf("</tr>", row));
        assertThat(rowHtml).contains(">Guest<").doesNotContain("Deleted account");
    }

    @Test
    void customersCannotOpenIt() throws Exception {
        mvc.perform(get("/admin/assistant").with(signedIn(newCustomer()))).andExpect(status().isForbidden());
    }
}
