package io.aisle.retention.internal;

import io.aisle.retention.Estimate;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The 95 % intervals of the campaign report. Proportions: Wilson's score interval (good coverage for small counts
 * and rates near 0 or 1, unlike Wald's). A difference of two proportions: Newcombe's hybrid score interval (method 10
 * of Newcombe, "Interval estimation for the difference between independent proportions", Statistics in Medicine
 * 17, 1998), built from the two Wilson intervals. Means and a difference of means: Student's t, with Welch's
 * standard error and Welch–Satterthwaite degrees of freedom (spend is skewed and its variance differs between the
 * arms, so the pooled-variance t would be wrong).
 */
public final class Intervals {

    static final double Z = 1.959963984540054;

    private Intervals() {
    }

    public static Estimate wilson(long successes, long n) {
        if (n == 0) {
            return new Estimate(Double.NaN, null, null);
        }
        double[] bounds = wilsonBounds(successes, n);
        return new Estimate((double) successes / n, bounds[0], bounds[1]);
    }

    /** p₁ − p₂ with Newcombe's hybrid score interval. */
    public static Estimate newcombe(long x1, long n1, long x2, long n2) {
        if (n1 == 0 || n2 == 0) {
            return new Estimate(Double.NaN, null, null);
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double[] w1 = wilsonBounds(x1, n1);
        double[] w2 = wilsonBounds(x2, n2);
        double d = p1 - p2;
        return new Estimate(d, d - Math.sqrt(square(p1 - w1[0]) + square(w2[1] - p2)),
                d + Math.sqrt(square(w1[1] - p1) + square(p2 - w2[0])));
    }

    /**
     * A mean with its t interval (n − 1 degrees of freedom). No interval when every value is the same (nobody bought
     * yet, say): a width of 0 would claim a certainty two or three more customers could overturn.
     */
    public static Estimate mean(Sample s) {
        if (s.n() < 2 || s.variance() == 0) {
            return new Estimate(s.n() == 0 ? Double.NaN : s.mean(), null, null);
        }
        double se = Math.sqrt(s.variance() / s.n());
        double t = t975(s.n() - 1);
        return new Estimate(s.mean(), s.mean() - t * se, s.mean() + t * se);
    }

    /** mean₁ − mean₂ with Welch's t interval; none when both samples have no variance (as {@link #mean}). */
    public static Estimate welch(Sample a, Sample b) {
        if (a.n() < 2 || b.n() < 2) {
            return new Estimate(a.mean() - b.mean(), null, null);
        }
        double va = a.variance() / a.n();
        double vb = b.variance() / b.n();
        double d = a.mean() - b.mean();
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new Estimate(d, null, null);
        }
        double df = square(va + vb) / (square(va) / (a.n() - 1) + square(vb) / (b.n() - 1));
        double t = t975(df);
        return new Estimate(d, d - t * se, d + t * se);
    }

    private static double[] wilsonBounds(long successes, long n) {
        double p = (double) successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new double[] { Math.max(0, centre - half), Math.min(1, centre + half) };
    }

    private static double t975(double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
    }

    private static double square(double x) {
        return x * x;
    }

    /** Count, mean and sample variance of a set of values (Welford's one pass: no cancellation on large sums). */
    public record Sample(long n, double mean, double variance) {

        public static Sample of(double[] values) {
            double mean = 0;
            double m2 = 0;
            for (int i = 0; i < values.length; i++) {
                double delta = values[i] - mean;
                mean += delta / (i + 1);
                m2 += delta * (values[i] - mean);
            }
            return new Sample(values.length, values.length == 0 ? Double.NaN : mean,
                    values.length < 2 ? Double.NaN : m2 / (values.length - 1));
        }
    }
}
