package io.aisle.modeling;

/** One customer at one cutoff: the features before it and what they did in the label window after it. */
public record TrainingRow(long userId, double[] features, boolean churned, double spend) {}
