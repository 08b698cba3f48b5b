package io.aisle.insights;

import io.aisle.modeling.ModelTarget;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The input drift of one model: each feature's PSI over the customers scored at {@code measuredAt}. */
public record DriftReport(ModelTarget target, long modelId, Instant measuredAt, int liveRows, List<FeatureDrift> features) {

    public DriftReport {
        features = List.copyOf(features);
    }

    /** The most shifted feature, or null when nothing could be measured. */
    public FeatureDrift worst() {
        return features.stream().filter(f -> !Double.isNaN(f.psi()))
                .max(Comparator.comparingDouble(FeatureDrift::psi)).orElse(null);
    }
}
