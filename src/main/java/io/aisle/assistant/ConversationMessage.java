package io.aisle.assistant;

import java.time.Instant;
import java.util.List;

/** One message of a conversation: {@code role} is {@code customer} or {@code assistant}. */
public record ConversationMessage(long id, String role, String content, Sentiment sentiment, String provider,
        List<Long> productIds, Instant createdAt) {
}
