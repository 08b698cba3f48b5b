package io.aisle.insights;

import io.aisle.modeling.ModelTarget;

/** Published when a model becomes the active one of its target, by promotion or by an admin. */
public record ModelActivated(ModelTarget target, long modelId) {}
