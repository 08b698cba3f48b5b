package io.aisle.lab.simulation;

/**
 * What is knowable about a customer at the cutoff by someone who sees their latent state and traits:
 * the exact probability of no purchase in the horizon and the exact expected spend in it.
 */
public record GroundTruth(long customerId, double churnProbability, double expectedSpend) {}
