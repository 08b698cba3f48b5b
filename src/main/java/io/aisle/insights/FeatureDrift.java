package io.aisle.insights;

/**
 * One feature's population stability index, live against training, and how to read it: {@code stable}
 * below 0.1, {@code moderate} up to 0.25, {@code shifted} above.
 */
public record FeatureDrift(String feature, double psi, String level) {

    public static FeatureDrift of(String feature, double psi) {
        String level = Double.isNaN(psi) ? "unknown" : psi < 0.1 ? "stable" : psi <= 0.25 ? "moderate" : "shifted";
        return new FeatureDrift(feature, psi, level);
    }
}
