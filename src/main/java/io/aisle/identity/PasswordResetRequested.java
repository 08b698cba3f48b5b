package io.aisle.identity;

import java.time.Instant;

/**
 * Someone asked to reset this account's password. {@code token} is the single-use secret for the reset link
 * (only its hash is stored); it works until {@code expiresAt}. Published in the transaction that stores it.
 */
public record PasswordResetRequested(long userId, String email, String name, String token, Instant expiresAt) {
}
