package io.aisle.modeling;

import io.aisle.modeling.TrainingRow;
import java.util.List;
import java.util.Map;

/**
 * What one training run produced: every candidate model's metrics on the test cutoff, the model chosen per
 * target on the validation split (never on the test cutoff) with what that split measured, and which rows
 * were used. A target the run did not train has no metrics, a null name and a null model.
 *
 * @param churnModels each churn candidate's holdout metrics (calibrated probabilities)
 * @param churnAlgorithm the chosen churn model's name
 * @param spendModels each spend candidate's holdout metrics
 * @param spendAlgorithm the chosen spend model's name
 * @param validation what the validation split measured, by name: {@code churn_<model>_auc},
 *        {@code spend_<model>_mae}, {@code spend_two_part_scale}
 * @param trainingRows customer rows over all training cutoffs
 * @param validationRows of which held out for choosing (the latest training cutoff's)
 * @param testRows the customers scored at the test cutoff, in the order the metrics saw them, with their
 *        features and outcomes (so that another model can be scored on the very same holdout)
 * @param reference the training rows' feature distribution, for explanations and drift
 */
public record TrainingResult(List<ChurnMetrics> churnModels, String churnAlgorithm, List<SpendMetrics> spendModels,
        String spendAlgorithm, Map<String, Double> validation, TrainedModels chosen, int trainingRows,
        int validationRows, List<TrainingRow> testRows, FeatureReference reference) {

    public TrainingResult {
        churnModels = List.copyOf(churnModels);
        spendModels = List.copyOf(spendModels);
        validation = Map.copyOf(validation);
        testRows = List.copyOf(testRows);
    }

    /** The customers scored at the test cutoff, in the order the metrics saw them. */
    public List<Long> testUserIds() {
        return testRows.stream().map(TrainingRow::userId).toList();
    }

    /** The holdout metrics of the chosen churn model (null: churn was not trained). */
    public ChurnMetrics churn() {
        return churnModels.stream().filter(m -> m.model().equals(churnAlgorithm)).findFirst().orElse(null);
    }

    /** The holdout metrics of the chosen spend model (null: spend was not trained). */
    public SpendMetrics spend() {
        return spendModels.stream().filter(m -> m.model().equals(spendAlgorithm)).findFirst().orElse(null);
    }
}
