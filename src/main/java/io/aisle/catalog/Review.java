package io.aisle.catalog;

import java.time.Instant;

/** A customer's review of a product; {@code authorName} is how the author was named when writing it. */
public record Review(long id, long productId, String authorName, int rating, String text, Instant createdAt) {
}
