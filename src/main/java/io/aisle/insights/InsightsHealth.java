package io.aisle.insights;

import io.aisle.insights.internal.ActiveModels;
import io.aisle.insights.internal.DriftMonitor;
import io.aisle.insights.internal.PredictionCounter;
import io.aisle.modeling.ModelTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The health of each target's active model, for the ML API and {@code /actuator/health}. */
@Service
public class InsightsHealth {

    private final ActiveModels models;
    private final DriftMonitor drift;
    private final PredictionCounter predictions;
    private final Clock clock;

    InsightsHealth(ActiveModels models, DriftMonitor drift, PredictionCounter predictions, Clock clock) {
        this.models = models;
        this.drift = drift;
        this.predictions = predictions;
        this.clock = clock;
    }

    public List<TargetHealth> report() {
        return Arrays.stream(ModelTarget.values()).map(this::of).toList();
    }

    private TargetHealth of(ModelTarget target) {
        Optional<ActiveModels.Loaded> loaded;
        try {
            loaded = models.get(target);
        } catch (RuntimeException e) {
            return new TargetHealth(target, false, null, null, null, null, null, predictions.count(target), null,
                    "the active model cannot be loaded: " + e.getMessage(), true);
        }
        if (loaded.isEmpty()) {
            return new TargetHealth(target, false, null, null, null, null, null, predictions.count(target), null,
                    "no model trained yet", false);
        }
        RegisteredModel model = loaded.get().registered();
        return new TargetHealth(target, true, model.id(), model.algorithm(), model.trainedAt(),
                Duration.between(model.trainedAt(), clock.instant()), model.metrics(), predictions.count(target),
                drift.latest(target, model.id()).orElse(null), null, false);
    }
}
