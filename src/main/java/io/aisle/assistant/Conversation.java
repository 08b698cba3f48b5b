package io.aisle.assistant;

import java.time.Instant;

/** A stored conversation; {@code negativeCount} counts customer messages scored negative. */
public record Conversation(long id, Long userId, String title, int messageCount, int negativeCount,
        Instant createdAt, Instant updatedAt) {
}
