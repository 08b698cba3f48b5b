package io.aisle.insights;

import io.aisle.modeling.ModelTarget;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A freshly trained model, before it is registered: what it predicts, how it was trained (data window,
 * holdout cutoff, row counts), how it scored on the holdout, and where its artifact is.
 * {@code metrics} must contain the target's {@link ModelTarget#primaryMetric()}.
 */
public record ModelCandidate(ModelTarget target, String algorithm, Instant trainedAt, Instant dataFrom, Instant dataTo,
        Instant holdoutCutoff, int trainRows, int testRows, Map<String, Double> metrics, List<String> features,
        String artifact, String provenance) {

    public ModelCandidate {
        metrics = Map.copyOf(metrics);
        features = List.copyOf(features);
        if (!metrics.containsKey(target.primaryMetric())) {
            throw new IllegalArgumentException("metrics lack " + target.primaryMetric() + " for " + target);
        }
    }

    public double primaryMetric() {
        return metrics.get(target.primaryMetric());
    }
}
