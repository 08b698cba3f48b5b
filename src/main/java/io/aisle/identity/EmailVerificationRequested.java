package io.aisle.identity;

import java.time.Instant;

/**
 * This account's e-mail address needs confirming (at sign-up, after a change, or on request). {@code token} is the
 * single-use secret for the link (only its hash is stored); it works until {@code expiresAt}.
 */
public record EmailVerificationRequested(long userId, String email, String name, String token, Instant expiresAt) {
}
