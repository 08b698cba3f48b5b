package io.aisle.identity;

public record UserLoggedIn(long userId) {
}
