package io.aisle.insights.internal;

import io.aisle.insights.ModelActivated;
import io.aisle.insights.ModelRegistry;
import io.aisle.insights.RegisteredModel;
import io.aisle.modeling.FeatureReference;
import io.aisle.modeling.ModelTarget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tribuo.Model;

/**
 * The active model of each target, loaded once and kept in memory for predictions. Activations on this
 * instance take effect at once (the {@link ModelActivated} event); those made on another instance are
 * noticed within {@link #RECHECK}, when the registry is asked again which model is active.
 */
@Component
public class ActiveModels {

    static final Duration RECHECK = Duration.ofSeconds(10);

    /** An active model, loaded. */
    public record Loaded(RegisteredModel registered, Model<?> model, FeatureReference reference) {}

    private record Entry(Optional<Loaded> loaded, Instant checkedAt) {}

    private final ModelRegistry registry;
    private final ModelArtifacts artifacts;
    private final Clock clock;
    private final Map<ModelTarget, Entry> entries = new EnumMap<>(ModelTarget.class);

    ActiveModels(ModelRegistry registry, ModelArtifacts artifacts, Clock clock) {
        this.registry = registry;
        this.artifacts = artifacts;
        this.clock = clock;
    }

    /** The target's active model, or empty when none has been trained (or activated) yet. */
    public synchronized Optional<Loaded> get(ModelTarget target) {
        Instant now = clock.instant();
        Entry entry = entries.get(target);
        if (entry != null && entry.checkedAt().plus(RECHECK).isAfter(now)) {
            return entry.loaded();
        }
        Optional<RegisteredModel> active = registry.active(target);
        Optional<Loaded> loaded;
        if (active.isEmpty()) {
            loaded = Optional.empty();
        } else if (entry != null && entry.loaded().isPresent()
                && entry.loaded().get().registered().id() == active.get().id()) {
            loaded = entry.loaded();
        } else {
            ModelArtifacts.Artifact artifact = artifacts.load(active.get());
            loaded = Optional.of(new Loaded(active.get(), artifact.model(), artifact.reference()));
        }
        entries.put(target, new Entry(loaded, now));
        return loaded;
    }

    /** First among the activation's listeners: re-scoring (ScoreRefresher) must not read the old model. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    synchronized void on(ModelActivated activated) {
        entries.remove(activated.target());
    }
}
