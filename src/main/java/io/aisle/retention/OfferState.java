package io.aisle.retention;

/**
 * Where a member's offer is. A treated member starts PENDING and becomes OFFERED (code issued and mail written, in
 * one transaction) or SKIPPED (the account was deleted, or every attempt failed); a control member is CONTROL.
 */
public enum OfferState {
    CONTROL,
    PENDING,
    OFFERED,
    SKIPPED
}
