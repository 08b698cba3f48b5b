package io.aisle.insights.internal;

import io.aisle.insights.ChurnMetrics;
import io.aisle.insights.CustomerFeatures;
import io.aisle.insights.InsightsProperties;
import io.aisle.insights.ModelCandidate;
import io.aisle.insights.ModelRegistry;
import io.aisle.insights.ModelTarget;
import io.aisle.insights.ModelTraining;
import io.aisle.insights.Registration;
import io.aisle.insights.ReliabilityBin;
import io.aisle.insights.SpendMetrics;
import io.aisle.insights.TemporalSplit;
import io.aisle.insights.TrainingJob;
import io.aisle.insights.TrainingProgress;
import io.aisle.insights.TrainingResult;
import io.aisle.insights.training.Scoring;
import io.aisle.insights.training.TrainingRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tribuo.Model;

/**
 * One training run from the shop's data as of now: train on the latest split, save each requested
 * target's chosen model under {@code $AISLE_HOME/models}, score the currently active model on the very same
 * holdout, register the new one (it becomes active only if it beats that score), then score customers.
 */
@Component
public class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    private final ModelTraining training;
    private final ModelRegistry registry;
    private final ModelArtifacts artifacts;
    private final ActiveModels active;
    private final ScoreRefresher scores;
    private final InsightsProperties properties;
    private final Clock clock;

    TrainingRun(ModelTraining training, ModelRegistry registry, ModelArtifacts artifacts, ActiveModels active,
            ScoreRefresher scores, InsightsProperties properties, Clock clock) {
        this.training = training;
        this.registry = registry;
        this.artifacts = artifacts;
        this.active = active;
        this.scores = scores;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a run registered, and how many customers it then scored (or why scoring failed). */
    public record Result(List<TrainingJob.Outcome> outcomes, int scoredCustomers, String scoringProblem) {}

    public Result run(long jobId, Set<ModelTarget> targets, TrainingProgress progress) {
        TemporalSplit split = properties.splitEndingAt(clock.instant());
        TrainingResult result = training.train(split, targets, progress);
        long rows = result.trainingRows() + result.testRows().size();
        progress.report("registering models", 85, rows);
        Instant trainedAt = clock.instant();
        List<TrainingJob.Outcome> outcomes = new ArrayList<>();
        for (ModelTarget target : ModelTarget.values()) {
            if (targets.contains(target)) {
                outcomes.add(register(jobId, target, result, split, trainedAt));
            }
        }
        progress.report("scoring customers", 92, rows);
        try {
            return new Result(outcomes, scores.refresh(), null);
        } catch (RuntimeException e) {
            // the models are registered either way; the next scoring run tries again
            log.warn("Scoring customers after training failed", e);
            return new Result(outcomes, 0, String.valueOf(e.getMessage()));
        }
    }

    private TrainingJob.Outcome register(long jobId, ModelTarget target, TrainingResult result, TemporalSplit split,
            Instant trainedAt) {
        Model<?> model = target == ModelTarget.CHURN ? result.chosen().churn() : result.chosen().spend();
        String algorithm = target == ModelTarget.CHURN ? result.churnAlgorithm() : result.spendAlgorithm();
        Map<String, Double> metrics = target == ModelTarget.CHURN ? churnMetrics(result) : spendMetrics(result);
        String artifact = artifacts.save(target, jobId, trainedAt, model, result.reference());
        Double activeScore = activeScoreOn(target, result.testRows());
        ModelCandidate candidate = new ModelCandidate(target, algorithm, trainedAt, split.trainingCutoffs().get(0),
                split.labelWindowEnd(split.testCutoff()), split.testCutoff(), result.trainingRows(),
                result.testRows().size(), metrics, CustomerFeatures.NAMES, artifact, model.getProvenance().toString());
        Registration registration = registry.register(candidate, activeScore);
        return new TrainingJob.Outcome(target, registration.model().id(), algorithm, target.primaryMetric(),
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
                : SpendMetrics.of("active", Scorer.spend(current.get(), rows), Scoring.actualSpend(holdout)).rSquared();
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
