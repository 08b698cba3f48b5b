package io.aisle.retention;

import java.time.Instant;

/**
 * A treated customer's offer was made: their personal code exists. Published inside the transaction that issues the
 * code, so that the mail (written to the outbox by a listener in the same transaction) exists exactly when the code
 * does. {@code letter} is the LLM's text, checked to contain the code and its last day; null for the template's.
 */
public record RetentionOfferMade(long campaignId, long userId, String email, String firstName, String code,
        String discount, String lastDay, Instant expiresAt, String letter) {
}
