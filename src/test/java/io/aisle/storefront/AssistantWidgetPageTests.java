package io.aisle.storefront;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The chat widget's server side: on every page, escaping, and what the customer sees at the limit. */
class AssistantWidgetPageTests extends ApiTest {

    @Test
    void everyStorefrontPageHasTheWidget() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("chat-widget")));
        mvc.perform(get("/cart")).andExpect(status().isOk()).andExpect(content().string(containsString("chat-widget")));
    }

    @Test
    void showsTheCustomersWordsAsTextAndOpensTheAnswerStream() throws Exception {
        mvc.perform(post("/assistant/messages").with(csrf()).param("message", "<script>alert(1)</script> hi")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; hi")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("sse-connect=\"/assistant/stream/")));
    }

    @Test
    void streamsTheAnswerAndAGuestWhoSignsInStartsTheirOwnConversation() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String turn = mvc.perform(post("/assistant/messages").session(session).with(csrf())
                        .param("message", "hello from a guest").header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher stream = Pattern.compile("sse-connect=\"(/assistant/stream/[^\"]+)\"").matcher(turn);
        assertThat(stream.find()).isTrue();

        String events = mvc.perform(get(stream.group(1)).session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(events.replace("\n\nevent:chunk\ndata:", "")).contains("offline assistant");
        assertThat(events).contains("event:chunk").contains("event:products").contains("event:remaining")
                .contains("4 free messages left").endsWith("event:done\ndata:\n\n");
        assertThat(mvc.perform(get(stream.group(1)).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("already answered");
        assertThat(mvc.perform(get("/assistant").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("hello from a guest");

        String signedInPanel = mvc.perform(get("/assistant").session(session).with(signedIn(newCustomer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(signedInPanel).doesNotContain("hello from a guest").contains("50 messages left today");
    }

    @Test
    void refusesAnOverlongMessageInPlace() throws Exception {
        mvc.perform(post("/assistant/messages").with(csrf()).param("message", "x".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at most 1000 characters")))
                .andExpect(content().string(not(containsString("sse-connect"))));
    }

    @Test
    void aCustomerAtTheDailyLimitIsToldAndTheFormIsDisabled() throws Exception {
        Customer customer = newCustomer();
        long conversation = jdbc.sql("INSERT INTO assistant_conversations (user_id, title, created_at, updated_at) "
                        + "VALUES (:u, 'earlier', :now, :now) RETURNING id")
                .param("u", customer.id()).param("now", LocalDateTime.now(ZoneOffset.UTC)).query(Long.class).single();
        for (int i = 0; i < 50; i++) {
            jdbc.sql("INSERT INTO assistant_messages (conversation_id, role, content, created_at) "
                    + "VALUES (:c, 'customer', 'earlier', :now)")
                    .param("c", conversation).param("now", LocalDateTime.now(ZoneOffset.UTC)).update();
        }

        mvc.perform(get("/assistant").with(signedIn(customer)))
                .andExpect(content().string(containsString("You have used today&#39;s messages")))
                .andExpect(content().string(containsString("disabled")));
        mvc.perform(post("/assistant/messages").with(signedIn(customer)).with(csrf()).param("message", "hello"))
                .andExpect(content().string(containsString("You have used today&#39;s messages")))
                .andExpect(content().string(not(containsString("sse-connect"))));
    }
}
