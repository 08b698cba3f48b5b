package io.aisle.insights;

import io.aisle.insights.internal.ActiveModels;
import io.aisle.insights.internal.ModelArtifacts;
import io.aisle.insights.internal.Scorer;
import io.aisle.modeling.ChurnMetrics;
import io.aisle.modeling.ReliabilityBin;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.FeatureReference;
import io.aisle.modeling.ModelTarget;
import io.aisle.modeling.Scoring;
import io.aisle.modeling.SpendMetrics;
import io.aisle.modeling.TemporalSplit;
import io.aisle.modeling.TrainingResult;
import io.aisle.modeling.TrainingRow;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.tribuo.Model;

/**
 * Offers a newly trained model to the registry: saves its file under {@code $AISLE_HOME/models}, scores the
 * target's active model on the very same holdout rows, and registers the new one, which becomes active only if it
 * beats that score (the registry then announces {@link ModelActivated}).
 */
@Service
public class ModelPromotion {

    private static final Logger log = LoggerFactory.getLogger(ModelPromotion.class);

    /** What offering one model did: its id and score, the active model's score on the same rows, and the verdict. */
    public record Promotion(ModelTarget target, long modelId, String algorithm, String metric, double score,
            Double activeModelScore, boolean promoted, String reason) {}

    private final ModelRegistry registry;
    private final ModelArtifacts artifacts;
    private final ActiveModels active;

    ModelPromotion(ModelRegistry registry, ModelArtifacts artifacts, ActiveModels active) {
        this.registry = registry;
        this.artifacts = artifacts;
        this.active = active;
    }

    /**
     * Offers the target's chosen model of a training result, trained from {@code split} by job {@code jobId};
     * {@code drift} is the reference its input drift will be measured against (see docs/ml.md, "Predictions,
     * scores and health"), null for the training rows'.
     */
    public Promotion promote(long jobId, ModelTarget target, TrainingResult result, TemporalSplit split,
            Instant trainedAt, FeatureReference drift) {
        Model<?> model = target == ModelTarget.CHURN ? result.chosen().churn() : result.chosen().spend();
        String algorithm = target == ModelTarget.CHURN ? result.churnAlgorithm() : result.spendAlgorithm();
        Map<String, Double> metrics = target == ModelTarget.CHURN ? churnMetrics(result) : spendMetrics(result);
        String artifact = artifacts.save(target, jobId, trainedAt, model, result.reference(),
                drift == null ? result.reference() : drift);
        Double activeScore = activeScoreOn(target, result.testRows());
        ModelCandidate candidate = new ModelCandidate(target, algorithm, trainedAt, split.trainingCutoffs().get(0),
                split.labelWindowEnd(split.testCutoff()), split.testCutoff(), result.trainingRows(),
                result.testRows().size(), metrics, CustomerFeatures.NAMES, artifact, model.getProvenance().toString());
        Registration registration = registry.register(candidate, activeScore);
        return new Promotion(target, registration.model().id(), algorithm, target.primaryMetric(),
                candidate.primaryMetric(), activeScore == null || activeScore == ModelRegistry.UNUSABLE ? null : activeScore,
                registration.activated(), registration.reason());
    }

    /**
     * The active model's primary metric on the new holdout rows; null when there is no active model,
     * {@link ModelRegistry#UNUSABLE} when its file cannot be read.
     */
    private Double activeScoreOn(ModelTarget target, List<TrainingRow> holdout) {
        Optional<ActiveModels.Loaded> current;
        try {
            current = active.get(target);
        } catch (RuntimeException e) {
            log.warn("Could not load the active {} model to compare against", target, e);
            return ModelRegistry.UNUSABLE;
        }
        if (current.isEmpty()) {
            return null;
        }
        List<double[]> rows = holdout.stream().map(TrainingRow::features).toList();
        return target == ModelTarget.CHURN
                ? ChurnMetrics.of("active", Scorer.churn(current.get(), rows), Scoring.churned(holdout)).auc()
                : SpendMetrics.of("active", Scorer.spend(current.get(), rows), Scoring.actualSpend(holdout)).mae();
    }

    /**
     * The chosen model's holdout metrics with its reliability curve ({@code reliability_<bin>_predicted},
     * {@code _observed}, {@code _count}, bins 0 to 9), each candidate's AUC on the holdout and what the
     * validation split measured ({@code validation_churn_<model>_auc}).
     */
    private static Map<String, Double> churnMetrics(TrainingResult result) {
        ChurnMetrics chosen = result.churn();
        Map<String, Double> metrics = new LinkedHashMap<>();
        put(metrics, "auc", chosen.auc());
        put(metrics, "pr_auc", chosen.averagePrecision());
        put(metrics, "brier", chosen.brier());
        put(metrics, "precision", chosen.precision());
        put(metrics, "recall", chosen.recall());
        for (int bin = 0; bin < chosen.reliability().size(); bin++) {
            ReliabilityBin b = chosen.reliability().get(bin);
            put(metrics, "reliability_" + bin + "_predicted", b.meanPredicted());
            put(metrics, "reliability_" + bin + "_observed", b.observedRate());
            put(metrics, "reliability_" + bin + "_count", b.count());
        }
        result.churnModels().forEach(m -> put(metrics, m.model() + "_auc", m.auc()));
        validation(metrics, result, "churn_");
        return metrics;
    }

    private static Map<String, Double> spendMetrics(TrainingResult result) {
        SpendMetrics chosen = result.spend();
        Map<String, Double> metrics = new LinkedHashMap<>();
        put(metrics, "r2", chosen.rSquared());
        put(metrics, "rmse", chosen.rmse());
        put(metrics, "mae", chosen.mae());
        put(metrics, "spearman", chosen.spearman());
        result.spendModels().forEach(m -> {
            put(metrics, m.model().replace('-', '_') + "_r2", m.rSquared());
            put(metrics, m.model().replace('-', '_') + "_mae", m.mae());
        });
        validation(metrics, result, "spend_");
        return metrics;
    }

    private static void validation(Map<String, Double> metrics, TrainingResult result, String prefix) {
        result.validation().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> put(metrics, "validation_" + e.getKey(), e.getValue()));
    }

    /** Leaves out a metric that is undefined on this holdout (e.g. precision when nothing was flagged). */
    private static void put(Map<String, Double> metrics, String name, double value) {
        if (Double.isFinite(value)) {
            metrics.put(name, value);
        }
    }
}
