package io.aisle.insights.internal;

import io.aisle.modeling.ModelTarget;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Predictions made on this instance since it started, per target ({@code aisle.insights.predictions}). */
@Component
public class PredictionCounter {

    private final Map<ModelTarget, Counter> counters = new EnumMap<>(ModelTarget.class);

    PredictionCounter(MeterRegistry meters) {
        for (ModelTarget target : ModelTarget.values()) {
            counters.put(target, Counter.builder("aisle.insights.predictions")
                    .description("Customers scored by the active models")
                    .tag("target", target.name().toLowerCase())
                    .register(meters));
        }
    }

    public void add(ModelTarget target, int rows) {
        counters.get(target).increment(rows);
    }

    public long count(ModelTarget target) {
        return (long) counters.get(target).count();
    }
}
