package io.aisle.assistant;

import io.aisle.ordering.OrderingApiTest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** {@link OrderingApiTest} plus talking to the assistant. Same Spring context. */
public abstract class AssistantApiTest extends OrderingApiTest {

    protected static final String GUEST_HEADER = "X-Assistant-Guest";

    /** Sends a message as the customer (or as a guest with this token when customer is null). */
    protected RestTestClient.ResponseSpec send(Customer customer, String guestToken, String message,
            Long conversationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("message", message);
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        var request = api.post().uri("/api/v1/assistant/chat");
        if (customer != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, customer.bearer());
        }
        if (guestToken != null) {
            request = request.header(GUEST_HEADER, guestToken);
        }
        return request.body(body).exchange();
    }

    /** Stores {@code count} customer messages in the conversation as sent today: quota already used. */
    protected void sentEarlierToday(long conversationId, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("INSERT INTO assistant_messages (conversation_id, role, content, created_at) "
                    + "VALUES (:c, 'customer', 'earlier', :now)")
                    .param("c", conversationId).param("now", LocalDateTime.now(ZoneOffset.UTC)).update();
        }
    }

    @SuppressWarnings("unchecked")
    protected static List<Map<?, ?>> maps(Object jsonList) {
        return (List<Map<?, ?>>) jsonList;
    }

    protected Map<?, ?> ask(Customer customer, String message) {
        return send(customer, null, message, null).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }
}
