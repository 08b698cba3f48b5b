package io.aisle.insights.internal;

import io.aisle.insights.DriftReport;
import io.aisle.insights.FeatureDrift;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.ModelTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The latest drift measurement of each active model, made whenever customers are scored (live features are
 * at hand then). Kept in memory: after a restart the first scoring run measures again.
 */
@Component
public class DriftMonitor {

    private final Map<ModelTarget, DriftReport> reports = new EnumMap<>(ModelTarget.class);

    synchronized DriftReport measure(ActiveModels.Loaded loaded, List<double[]> liveRows, Instant at) {
        double[] psi = loaded.reference().stability(liveRows);
        List<FeatureDrift> features = new ArrayList<>();
        for (int f = 0; f < psi.length; f++) {
            features.add(FeatureDrift.of(CustomerFeatures.NAMES.get(f), psi[f]));
        }
        DriftReport report = new DriftReport(loaded.registered().target(), loaded.registered().id(), at,
                liveRows.size(), features);
        reports.put(report.target(), report);
        return report;
    }

    /** The latest report for this model, if one was measured against it. */
    public synchronized Optional<DriftReport> latest(ModelTarget target, long modelId) {
        return Optional.ofNullable(reports.get(target)).filter(r -> r.modelId() == modelId);
    }
}
