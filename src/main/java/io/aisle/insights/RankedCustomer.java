package io.aisle.insights;

/** A scored customer with their name and email, for retention lists. */
public record RankedCustomer(CustomerScore score, String email, String fullName) {}
