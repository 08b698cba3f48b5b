package io.aisle.tracking;

import java.time.Instant;

/** One thing a customer did. {@code payload} is a small JSON object with details, or null. */
public record BehaviorEvent(EventType type, long userId, Long productId, String searchQuery, String payload,
        Instant occurredAt) {
}
