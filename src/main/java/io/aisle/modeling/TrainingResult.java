package io.aisle.modeling;

import io.aisle.modeling.TrainingRow;
import java.util.List;

/**
 * What one training run produced: each model's metrics on the test cutoff, the better model per target
 * (by AUC for churn, by R² for spend) and which rows were used. A target the run did not train has null
 * metrics and a null model.
 *
 * @param trainingRows customer rows over all training cutoffs
 * @param testRows the customers scored at the test cutoff, in the order the metrics saw them, with their
 *        features and outcomes (so that another model can be scored on the very same holdout)
 * @param reference the training rows' feature distribution, for explanations and drift
 */
public record TrainingResult(ChurnMetrics boostedChurn, ChurnMetrics linearChurn, SpendMetrics boostedSpend,
        SpendMetrics linearSpend, TrainedModels chosen, int trainingRows, List<TrainingRow> testRows,
        FeatureReference reference) {

    public TrainingResult {
        testRows = List.copyOf(testRows);
    }

    /** The customers scored at the test cutoff, in the order the metrics saw them. */
    public List<Long> testUserIds() {
        return testRows.stream().map(TrainingRow::userId).toList();
    }

    /** The chosen churn model's algorithm name (null: churn was not trained). */
    public String churnAlgorithm() {
        return churn() == null ? null : churn().model();
    }

    /** The chosen spend model's algorithm name (null: spend was not trained). */
    public String spendAlgorithm() {
        return spend() == null ? null : spend().model();
    }

    /** The metrics of the chosen churn model (null: churn was not trained). */
    public ChurnMetrics churn() {
        if (boostedChurn == null) {
            return null;
        }
        return linearChurn.auc() > boostedChurn.auc() ? linearChurn : boostedChurn;
    }

    /** The metrics of the chosen spend model (null: spend was not trained). */
    public SpendMetrics spend() {
        if (boostedSpend == null) {
            return null;
        }
        return linearSpend.rSquared() > boostedSpend.rSquared() ? linearSpend : boostedSpend;
    }
}
