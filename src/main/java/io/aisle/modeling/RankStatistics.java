package io.aisle.modeling;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The rank-based scores Tribuo lacks, as pure functions: average ranks with ties, ROC AUC, average
 * precision and Spearman's correlation. Ties matter here: XGBoost gives many customers the same score.
 */
public final class RankStatistics {

    private RankStatistics() {
    }

    /** 1-based ranks in ascending order of value; tied values share the mean of the ranks they span. */
    public static double[] averageRanks(double[] values) {
        Integer[] order = ascending(values);
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** The chance a random positive scores above a random negative, ties half; NaN when a class is empty. */
    public static double auc(double[] scores, boolean[] positives) {
        double[] ranks = averageRanks(scores);
        double positiveRankSum = 0;
        long positiveCount = 0;
        for (int i = 0; i < scores.length; i++) {
            if (positives[i]) {
                positiveRankSum += ranks[i];
                positiveCount++;
            }
        }
        long negativeCount = scores.length - positiveCount;
        if (positiveCount == 0 || negativeCount == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positiveCount * (positiveCount + 1) / 2.0) / ((double) positiveCount * negativeCount);
    }

    /**
     * Average precision: the mean, over the positives, of the precision among all rows scoring at least as
     * high (tied rows are taken together, so their order does not matter). NaN without positives.
     */
    public static double averagePrecision(double[] scores, boolean[] positives) {
        Integer[] order = ascending(scores);
        long totalPositives = 0;
        for (boolean positive : positives) {
            totalPositives += positive ? 1 : 0;
        }
        if (totalPositives == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long seen = 0;
        long seenPositives = 0;
        int j = order.length - 1;
        while (j >= 0) {
            int i = j;
            while (i - 1 >= 0 && scores[order[i - 1]] == scores[order[j]]) {
                i--;
            }
            long groupPositives = 0;
            for (int k = i; k <= j; k++) {
                groupPositives += positives[order[k]] ? 1 : 0;
            }
            seen += j - i + 1;
            seenPositives += groupPositives;
            sum += groupPositives * ((double) seenPositives / seen);
            j = i - 1;
        }
        return sum / totalPositives;
    }

    /** Pearson's correlation of the average ranks; NaN when either side is constant. */
    public static double spearman(double[] x, double[] y) {
        return pearson(averageRanks(x), averageRanks(y));
    }

    static double pearson(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElse(Double.NaN);
        double meanY = Arrays.stream(y).average().orElse(Double.NaN);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    private static Integer[] ascending(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        return order;
    }
}
