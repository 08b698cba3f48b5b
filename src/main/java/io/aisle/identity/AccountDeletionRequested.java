package io.aisle.identity;

/**
 * An account is about to be deleted: published inside the deleting transaction, after the account row is
 * locked and the password checked, before anything is deleted. A listener that throws (say, because the
 * customer still has an order on its way) vetoes the deletion: the exception reaches the caller and the
 * transaction rolls back. Listeners must only read; the deletion itself is {@link AccountDeleted}.
 */
public record AccountDeletionRequested(long userId) {
}
