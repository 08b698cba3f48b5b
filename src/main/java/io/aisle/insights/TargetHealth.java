package io.aisle.insights;

import io.aisle.modeling.ModelTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How one target's model is doing: whether a model is loaded and which, how old it is, its holdout
 * metrics, how many predictions this instance made, and the latest input drift (null until customers
 * have been scored with it). {@code problem} says what is missing or wrong; {@code failing} is true when
 * predictions would fail although a model is active.
 */
public record TargetHealth(ModelTarget target, boolean loaded, Long modelId, String algorithm, Instant trainedAt,
        Duration age, Map<String, Double> metrics, long predictions, DriftReport drift, String problem, boolean failing) {}
