package io.aisle.lab.simulation;

import io.aisle.modeling.RankStatistics;
import java.util.Arrays;
import java.util.List;

/**
 * The best scores any model can reach on a simulated cutoff: those of the ground truth itself. A learned
 * model sees less than the latent state, so it should come near these but not beat them (except by luck
 * of the draw).
 *
 * @param churnAuc area under the ROC curve of the true churn probability against realised churn
 * @param spendRSquared R² of the true expected spend against realised spend
 */
public record BestAchievable(double churnAuc, double spendRSquared) {

    /** The truths and labels must be for the same customers in the same order. */
    public static BestAchievable of(List<GroundTruth> truths, List<RealisedLabel> labels) {
        if (truths.size() != labels.size()) {
            throw new IllegalArgumentException("truths and labels differ in number");
        }
        double[] scores = new double[truths.size()];
        boolean[] positives = new boolean[truths.size()];
        double[] predicted = new double[truths.size()];
        double[] actual = new double[truths.size()];
        for (int i = 0; i < truths.size(); i++) {
            GroundTruth truth = truths.get(i);
            RealisedLabel label = labels.get(i);
            if (truth.customerId() != label.customerId()) {
                throw new IllegalArgumentException("truth and label " + i + " are for different customers");
            }
            scores[i] = truth.churnProbability();
            positives[i] = label.churned();
            predicted[i] = truth.expectedSpend();
            actual[i] = label.spend();
        }
        return new BestAchievable(auc(scores, positives), rSquared(predicted, actual));
    }

    /**
     * The Mann–Whitney form: the chance a random positive scores above a random negative, ties counting
     * half, through mid-ranks. NaN when either class is empty.
     */
    public static double auc(double[] scores, boolean[] positives) {
        return RankStatistics.auc(scores, positives);
    }

    /** 1 − residual sum of squares / total sum of squares around the mean of the actual values. */
    public static double rSquared(double[] predicted, double[] actual) {
        double mean = Arrays.stream(actual).average().orElse(Double.NaN);
        double residual = 0;
        double total = 0;
        for (int i = 0; i < actual.length; i++) {
            residual += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
            total += (actual[i] - mean) * (actual[i] - mean);
        }
        return 1 - residual / total;
    }
}
