package io.aisle.identity;

/**
 * An account is being deleted. Published inside the deleting transaction, and listened to
 * synchronously, so that every module's personal data about the customer goes in the same commit as
 * the account itself, or not at all.
 */
public record AccountDeleted(long userId) {
}
