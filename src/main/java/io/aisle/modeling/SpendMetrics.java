package io.aisle.modeling;

import io.aisle.modeling.RankStatistics;
import java.util.Arrays;

/**
 * How well a spend model's predictions did on the test cutoff's rows, in the shop's currency.
 *
 * @param rSquared 1 − residual / total sum of squares around the actual mean (negative: worse than the mean)
 * @param spearman rank correlation of predicted and actual spend (ties by average rank)
 */
public record SpendMetrics(String model, int rows, double rmse, double mae, double rSquared, double spearman) {

    /** The metrics of predicted against actual spend, row by row. */
    public static SpendMetrics of(String model, double[] predicted, double[] actual) {
        double mean = Arrays.stream(actual).average().orElse(Double.NaN);
        double squared = 0;
        double absolute = 0;
        double total = 0;
        for (int i = 0; i < actual.length; i++) {
            double error = actual[i] - predicted[i];
            squared += error * error;
            absolute += Math.abs(error);
            total += (actual[i] - mean) * (actual[i] - mean);
        }
        return new SpendMetrics(model, actual.length, Math.sqrt(squared / actual.length), absolute / actual.length,
                1 - squared / total, RankStatistics.spearman(predicted, actual));
    }
}
