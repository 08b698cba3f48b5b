package io.aisle.identity;

public enum Role { CUSTOMER, ADMIN }
