package io.aisle.modeling;

/**
 * One bin of a reliability curve: the customers whose predicted churn probability fell in one tenth of [0, 1],
 * the mean of those predictions and the share of them who churned. A calibrated model's bins lie on the
 * diagonal (meanPredicted ≈ observedRate). An empty bin has count 0, its midpoint as meanPredicted and 0 as
 * observedRate.
 */
public record ReliabilityBin(double meanPredicted, double observedRate, int count) {

    static final int BINS = 10;

    /** The ten bins [0, 0.1), [0.1, 0.2), …, [0.9, 1] of these probabilities and outcomes. */
    static java.util.List<ReliabilityBin> of(double[] probabilities, boolean[] churned) {
        double[] predicted = new double[BINS];
        int[] positives = new int[BINS];
        int[] counts = new int[BINS];
        for (int i = 0; i < probabilities.length; i++) {
            int bin = Math.min(BINS - 1, Math.max(0, (int) Math.floor(probabilities[i] * BINS)));
            predicted[bin] += probabilities[i];
            positives[bin] += churned[i] ? 1 : 0;
            counts[bin]++;
        }
        java.util.List<ReliabilityBin> bins = new java.util.ArrayList<>(BINS);
        for (int bin = 0; bin < BINS; bin++) {
            bins.add(counts[bin] == 0 ? new ReliabilityBin((bin + 0.5) / BINS, 0, 0)
                    : new ReliabilityBin(predicted[bin] / counts[bin], (double) positives[bin] / counts[bin],
                            counts[bin]));
        }
        return java.util.List.copyOf(bins);
    }
}
