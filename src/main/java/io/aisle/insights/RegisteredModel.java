package io.aisle.insights;

import io.aisle.modeling.ModelTarget;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A model in the registry. */
public record RegisteredModel(long id, ModelTarget target, String algorithm, Instant trainedAt, Instant dataFrom,
        Instant dataTo, Instant holdoutCutoff, int trainRows, int testRows, Map<String, Double> metrics,
        double primaryMetric, List<String> features, String artifact, String provenance, boolean active,
        Instant activatedAt) {
}
