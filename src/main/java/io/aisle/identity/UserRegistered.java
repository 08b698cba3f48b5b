package io.aisle.identity;

public record UserRegistered(long userId) {
}
