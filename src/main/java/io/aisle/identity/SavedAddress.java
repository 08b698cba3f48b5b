package io.aisle.identity;

/** An address in a customer's address book; {@code isDefault} marks the one checkout starts from. */
public record SavedAddress(long id, PostalAddress address, boolean isDefault) {
}
