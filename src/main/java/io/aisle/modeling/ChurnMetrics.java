package io.aisle.modeling;

import io.aisle.modeling.RankStatistics;

/**
 * How well a churn model's probabilities did on the test cutoff's rows.
 *
 * @param auc area under the ROC curve (ties half)
 * @param averagePrecision area under the precision-recall curve, as average precision
 * @param brier mean squared difference between probability and outcome (lower is better)
 * @param precision of "churns" at probability ≥ 0.5
 * @param recall of "churns" at probability ≥ 0.5
 */
public record ChurnMetrics(String model, int rows, double auc, double averagePrecision, double brier,
        double precision, double recall) {

    static final double THRESHOLD = 0.5;

    /** The metrics of churn probabilities against what happened, row by row. */
    public static ChurnMetrics of(String model, double[] probabilities, boolean[] churned) {
        double squaredError = 0;
        int truePositives = 0;
        int flagged = 0;
        int positives = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double outcome = churned[i] ? 1 : 0;
            squaredError += (probabilities[i] - outcome) * (probabilities[i] - outcome);
            boolean flag = probabilities[i] >= THRESHOLD;
            flagged += flag ? 1 : 0;
            positives += churned[i] ? 1 : 0;
            truePositives += flag && churned[i] ? 1 : 0;
        }
        return new ChurnMetrics(model, probabilities.length, RankStatistics.auc(probabilities, churned),
                RankStatistics.averagePrecision(probabilities, churned), squaredError / probabilities.length,
                flagged == 0 ? Double.NaN : (double) truePositives / flagged,
                positives == 0 ? Double.NaN : (double) truePositives / positives);
    }
}
