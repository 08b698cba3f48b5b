package io.aisle.training.internal;

import io.aisle.insights.ModelPromotion;
import io.aisle.modeling.ModelTarget;
import io.aisle.modeling.ModelTraining;
import io.aisle.modeling.ModelingProperties;
import io.aisle.modeling.TemporalSplit;
import io.aisle.modeling.TrainingProgress;
import io.aisle.modeling.TrainingResult;
import io.aisle.training.TrainingJob;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One training run from the shop's data as of now: train on the latest split, save each requested
 * target's chosen model, offer it to the registry ({@link ModelPromotion}: it becomes active only if it beats the
 * active model on the very same holdout). Customers are re-scored by the registry's activation event, not here.
 */
@Component
public class TrainingRun {

    private final ModelTraining training;
    private final ModelPromotion promotion;
    private final ModelingProperties properties;
    private final Clock clock;

    TrainingRun(ModelTraining training, ModelPromotion promotion, ModelingProperties properties, Clock clock) {
        this.training = training;
        this.promotion = promotion;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a run registered. */
    public record Result(List<TrainingJob.Outcome> outcomes) {}

    public Result run(long jobId, Set<ModelTarget> targets, TrainingProgress progress) {
        TemporalSplit split = properties.splitEndingAt(clock.instant());
        TrainingResult result = training.train(split, targets, progress);
        long rows = result.trainingRows() + result.testRows().size();
        progress.report("registering models", 85, rows);
        Instant trainedAt = clock.instant();
        List<TrainingJob.Outcome> outcomes = new ArrayList<>();
        for (ModelTarget target : ModelTarget.values()) {
            if (targets.contains(target)) {
                outcomes.add(TrainingJob.Outcome.of(promotion.promote(jobId, target, result, split, trainedAt)));
            }
        }
        return new Result(outcomes);
    }
}
