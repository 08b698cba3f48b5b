package io.aisle.identity;

/** What a successful sign-in or refresh returns. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {
}
