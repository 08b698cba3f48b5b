package io.aisle.retention;

/** A figure with its 95 % confidence interval; null bounds when there are too few customers to say. */
public record Estimate(double value, Double low, Double high) {

    public boolean contains(double x) {
        return low != null && high != null && low <= x && x <= high;
    }

    public boolean excludesZero() {
        return low != null && high != null && (low > 0 || high < 0);
    }
}
