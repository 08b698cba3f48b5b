package io.aisle.lab.simulation;

/** What actually happened to a customer in the horizon after the cutoff. */
public record RealisedLabel(long customerId, boolean churned, double spend) {}
