package io.aisle.training.internal;

import io.aisle.insights.ModelPromotion;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.FeatureReference;
import io.aisle.modeling.FeatureService;
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
    private final FeatureService features;
    private final ModelPromotion promotion;
    private final ModelingProperties properties;
    private final Clock clock;

    TrainingRun(ModelTraining training, FeatureService features, ModelPromotion promotion,
            ModelingProperties properties, Clock clock) {
        this.training = training;
        this.features = features;
        this.promotion = promotion;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a run registered. */
    public record Result(List<TrainingJob.Outcome> outcomes) {}

    public Result run(long jobId, Set<ModelTarget> targets, TrainingProgress progress) {
        Instant dataEnd = clock.instant();
        TemporalSplit split = properties.splitEndingAt(dataEnd);
        TrainingResult result = training.train(split, targets, progress);
        long rows = result.trainingRows() + result.testRows().size();
        progress.report("reading today's customers", 82, rows);
        FeatureReference drift = customersAsOf(dataEnd);
        progress.report("registering models", 85, rows);
        Instant trainedAt = clock.instant();
        List<TrainingJob.Outcome> outcomes = new ArrayList<>();
        for (ModelTarget target : ModelTarget.values()) {
            if (targets.contains(target)) {
                outcomes.add(TrainingJob.Outcome.of(promotion.promote(jobId, target, result, split, trainedAt, drift)));
            }
        }
        return new Result(outcomes);
    }

    /**
     * The drift reference: every buyer's features as of the job's data end, read as a scoring run reads them. The
     * training rows are months older (the latest training cutoff is two horizons back), so against them time-like
     * features (tenure, recency) drift by construction; against the customers of the same day, nothing has moved
     * until the customers do. Null (the training rows' reference) when nobody has bought yet.
     */
    private FeatureReference customersAsOf(Instant dataEnd) {
        List<double[]> buyers = features.featuresAsOf(dataEnd).stream().filter(f -> f.orderCount() > 0)
                .map(CustomerFeatures::values).toList();
        return buyers.isEmpty() ? null : FeatureReference.of(buyers);
    }
}
