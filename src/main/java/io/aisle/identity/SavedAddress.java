package io.aisle.identity;

public record SavedAddress(long id, PostalAddress address, boolean isDefault) {
}
