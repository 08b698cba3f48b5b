package io.aisle.modeling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the training rows looked like, feature by feature: the mean (the neutral value that explanations
 * compare a customer against) and up to ten quantile bins with the share of training rows in each (what
 * live inputs are compared against to measure drift). Kept next to the model's artifact, because drift
 * only means something against the rows that very model learned from.
 *
 * @param features one entry per name of {@link CustomerFeatures#NAMES}, in that order
 */
public record FeatureReference(List<Feature> features) {

    private static final int BINS = 10;
    /** Stands in for an empty bin in the PSI's logarithm, the usual convention. */
    private static final double FLOOR = 1e-4;

    public FeatureReference {
        features = List.copyOf(features);
    }

    /**
     * One feature: a row falls in the first bin whose upper edge is ≥ its value, or in the last bin.
     *
     * @param upperEdges the bins' upper edges, increasing; the last bin has no upper edge
     * @param shares the share of training rows in each bin (one more than there are edges)
     */
    public record Feature(String name, double mean, double[] upperEdges, double[] shares) {}

    /** The reference of these rows (feature values in the order of {@link CustomerFeatures#NAMES}). */
    public static FeatureReference of(List<double[]> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a feature reference needs at least one row");
        }
        List<Feature> features = new ArrayList<>();
        for (int f = 0; f < CustomerFeatures.NAMES.size(); f++) {
            double[] column = column(rows, f);
            double[] sorted = column.clone();
            Arrays.sort(sorted);
            // Quantile edges, without repeats: a feature that is zero for most rows gets fewer, wider bins.
            double[] edges = new double[BINS - 1];
            int count = 0;
            for (int q = 1; q < BINS; q++) {
                double edge = sorted[(int) Math.min(sorted.length - 1, Math.floor((double) q * sorted.length / BINS))];
                if (count == 0 || edge > edges[count - 1]) {
                    edges[count++] = edge;
                }
            }
            edges = Arrays.copyOf(edges, count);
            features.add(new Feature(CustomerFeatures.NAMES.get(f), mean(column), edges, shares(edges, column)));
        }
        return new FeatureReference(features);
    }

    /** The neutral values: each feature's training mean, in the order of the names. */
    public double[] means() {
        return features.stream().mapToDouble(Feature::mean).toArray();
    }

    /**
     * The population stability index of each feature, live rows against the training rows:
     * Σ (live − training) · ln(live / training) over the bins. Below 0.1 is usually read as stable, 0.1 to
     * 0.25 as a moderate shift, above 0.25 as a shift worth retraining for.
     */
    public double[] stability(List<double[]> liveRows) {
        double[] psi = new double[features.size()];
        if (liveRows.isEmpty()) {
            Arrays.fill(psi, Double.NaN);
            return psi;
        }
        for (int f = 0; f < features.size(); f++) {
            Feature feature = features.get(f);
            double[] live = shares(feature.upperEdges(), column(liveRows, f));
            double sum = 0;
            for (int b = 0; b < live.length; b++) {
                double actual = Math.max(live[b], FLOOR);
                double expected = Math.max(feature.shares()[b], FLOOR);
                sum += (actual - expected) * Math.log(actual / expected);
            }
            psi[f] = sum;
        }
        return psi;
    }

    /** The share of the values in each bin: a value falls in the first bin whose upper edge is ≥ it, or the last. */
    private static double[] shares(double[] upperEdges, double[] column) {
        double[] shares = new double[upperEdges.length + 1];
        for (double value : column) {
            int at = Arrays.binarySearch(upperEdges, value);
            shares[at >= 0 ? at : -at - 1]++;
        }
        for (int b = 0; b < shares.length; b++) {
            shares[b] /= column.length;
        }
        return shares;
    }

    private static double[] column(List<double[]> rows, int feature) {
        double[] column = new double[rows.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = rows.get(i)[feature];
        }
        return column;
    }

    private static double mean(double[] column) {
        double sum = 0;
        for (double value : column) {
            sum += value;
        }
        return sum / column.length;
    }
}
