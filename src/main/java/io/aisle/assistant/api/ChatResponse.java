package io.aisle.assistant.api;

import io.aisle.assistant.ChatAnswer;
import io.aisle.assistant.ProductLink;
import java.util.List;

/**
 * The assistant's answer for the API. {@code guestToken} is only sent to guests: send it back in the
 * {@code X-Assistant-Guest} header to stay in the same guest session (and quota).
 */
record ChatResponse(String answer, List<ProductLink> products, long conversationId, String provider,
        boolean fallback, int remaining, String guestToken) {

    static ChatResponse of(ChatAnswer answer, String guestToken) {
        return new ChatResponse(answer.answer(), answer.products(), answer.conversationId(), answer.provider(),
                answer.fallback(), answer.remaining(), guestToken);
    }
}
