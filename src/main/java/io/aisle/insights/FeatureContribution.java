package io.aisle.insights;

/**
 * How much one feature moved a prediction: the prediction minus what it would be were this feature at its
 * training mean, all others unchanged. For churn, a positive contribution raises the risk.
 */
public record FeatureContribution(String feature, double value, double contribution) {}
