package io.aisle.insights;

import java.util.List;

/**
 * What one training run produced: each model's metrics on the test cutoff, the better model per target
 * (by AUC for churn, by R² for spend) and which rows were used.
 *
 * @param trainingRows customer rows over all training cutoffs
 * @param testUserIds the customers scored at the test cutoff, in the order the metrics saw them
 */
public record TrainingResult(ChurnMetrics boostedChurn, ChurnMetrics linearChurn, SpendMetrics boostedSpend,
        SpendMetrics linearSpend, TrainedModels chosen, int trainingRows, List<Long> testUserIds) {

    public TrainingResult {
        testUserIds = List.copyOf(testUserIds);
    }

    /** The metrics of the chosen churn model. */
    public ChurnMetrics churn() {
        return linearChurn.auc() > boostedChurn.auc() ? linearChurn : boostedChurn;
    }

    /** The metrics of the chosen spend model. */
    public SpendMetrics spend() {
        return linearSpend.rSquared() > boostedSpend.rSquared() ? linearSpend : boostedSpend;
    }
}
