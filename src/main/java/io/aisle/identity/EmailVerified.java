package io.aisle.identity;

/** The account's owner proved that this e-mail address is theirs (e.g. ordering then adds its guest orders). */
public record EmailVerified(long userId, String email) {
}
