package io.aisle.retention;

/**
 * A figure with its 95 % confidence interval. Null bounds when there are too few customers to say; a null value when
 * there is no one to measure at all (never NaN, which JSON cannot carry).
 */
public record Estimate(Double value, Double low, Double high) {

    public Estimate {
        value = value == null || value.isNaN() ? null : value;
    }

    public boolean contains(double x) {
        return low != null && high != null && low <= x && x <= high;
    }

    public boolean excludesZero() {
        return low != null && high != null && (low > 0 || high < 0);
    }
}
