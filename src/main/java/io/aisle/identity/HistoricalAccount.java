package io.aisle.identity;

import java.time.Instant;

/** A customer account from an imported or simulated history: who, and since when. */
public record HistoricalAccount(String email, String fullName, Instant createdAt) {
}
