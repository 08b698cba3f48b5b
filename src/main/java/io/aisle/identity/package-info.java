/**
 * Accounts: registration, sign-in with short-lived JWT access tokens and rotating refresh tokens,
 * roles, the customer's profile, and account deletion. Owns {@code users} and {@code refresh_tokens}.
 * Depends on the platform only; other modules learn of sign-ins and deletions through its events.
 */
package io.aisle.identity;
