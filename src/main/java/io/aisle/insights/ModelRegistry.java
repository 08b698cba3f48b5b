package io.aisle.insights;

import io.aisle.insights.data.ModelRepository;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every trained model, and which one per target is active (the one predictions use). A newly
 * registered model becomes active only if it beats the active one on the same holdout: either both were
 * evaluated at the same holdout cutoff, or the caller re-scored the active model on the new holdout and
 * passes that score. Otherwise it is kept, inactive, for the record. An admin can activate any model.
 * The database refuses two active models per target, whatever races happen.
 */
@Service
public class ModelRegistry {

    /** The score of an active model that cannot be loaded: any candidate beats it. */
    public static final double UNUSABLE = Double.NEGATIVE_INFINITY;

    private final ModelRepository models;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ModelRegistry(ModelRepository models, Clock clock, ApplicationEventPublisher events) {
        this.models = models;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records the candidate and promotes it when it wins.
     *
     * @param activeScoreOnThisHoldout the active model's primary metric on the candidate's holdout, when
     *        the caller re-scored it; null to compare only with a model of the same holdout cutoff;
     *        {@link #UNUSABLE} when the active model's file cannot be read, so any working model replaces it
     */
    @Transactional
    public Registration register(ModelCandidate candidate, Double activeScoreOnThisHoldout) {
        long id = models.insert(candidate);
        Optional<RegisteredModel> active = models.findActive(candidate.target());
        String reason = reasonAgainst(candidate, active, activeScoreOnThisHoldout);
        if (reason == null) {
            models.deactivate(candidate.target());
            models.activate(id, clock.instant());
            events.publishEvent(new ModelActivated(candidate.target(), id));
        }
        return new Registration(get(id), reason == null, reason != null ? reason
                : active.map(a -> activeScoreOnThisHoldout != null && activeScoreOnThisHoldout == UNUSABLE
                        ? "replaces model " + a.id() + ", whose file cannot be read"
                        : "beats model " + a.id() + " on the holdout").orElse("first model"));
    }

    /** Why the candidate must not replace the active model, or null when it should. */
    private static String reasonAgainst(ModelCandidate candidate, Optional<RegisteredModel> active, Double activeScore) {
        if (active.isEmpty() || activeScore != null && activeScore == UNUSABLE) {
            return null;
        }
        // the active model's figure of today's primary metric, not its stored primary metric: that may be another one
        // (spend was compared by R² before issue 15)
        Double comparable = activeScore != null ? activeScore
                : active.get().holdoutCutoff().equals(candidate.holdoutCutoff())
                        ? active.get().metrics().get(candidate.target().primaryMetric()) : null;
        if (comparable == null) {
            return "not compared: model " + active.get().id() + " was evaluated on another holdout";
        }
        if (candidate.target().beats(candidate.primaryMetric(), comparable)) {
            return null;
        }
        return "%s %.4f does not beat the active model's %.4f".formatted(candidate.target().primaryMetric(),
                candidate.primaryMetric(), comparable);
    }

    /** An admin's choice: makes the model active whatever its scores. */
    @Transactional
    public RegisteredModel activate(long id) {
        RegisteredModel model = get(id);
        models.deactivate(model.target());
        models.activate(id, clock.instant());
        events.publishEvent(new ModelActivated(model.target(), id));
        return get(id);
    }

    @Transactional(readOnly = true)
    public RegisteredModel get(long id) {
        return models.findById(id).orElseThrow(() -> new NotFoundException("Model " + id + " does not exist."));
    }

    @Transactional(readOnly = true)
    public Optional<RegisteredModel> active(ModelTarget target) {
        return models.findActive(target);
    }

    /** The target's models, newest first. */
    @Transactional(readOnly = true)
    public List<RegisteredModel> list(ModelTarget target, int limit) {
        return models.findByTarget(target, limit);
    }
}
