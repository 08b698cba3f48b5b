package io.aisle.modeling;

import io.aisle.platform.InvalidRequestException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a model predicts, and the holdout metric that decides which of two models is better. */
public enum ModelTarget {
    /** No purchase in the H days after the cutoff; compared by AUC (higher is better). */
    CHURN("auc", true),
    /**
     * Order total in the H days after the cutoff; compared by mean absolute error (lower is better), the metric the
     * two-part model is fitted and chosen for: by R², which squared error wins, a squared-error model would keep it out.
     */
    SPEND("mae", false);

    private final String primaryMetric;
    private final boolean higherIsBetter;

    ModelTarget(String primaryMetric, boolean higherIsBetter) {
        this.primaryMetric = primaryMetric;
        this.higherIsBetter = higherIsBetter;
    }

    /** Whether a model scoring {@code candidate} on the primary metric does strictly better than one scoring {@code incumbent}. */
    public boolean beats(double candidate, double incumbent) {
        return higherIsBetter ? candidate > incumbent : candidate < incumbent;
    }

    /** The targets a user named: {@code churn}, {@code spend}, or {@code all} (also when blank), in any case. */
    public static Set<ModelTarget> parseTargets(String name) {
        if (name == null || name.isBlank() || name.strip().equalsIgnoreCase("all")) {
            return EnumSet.allOf(ModelTarget.class);
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(target -> target.name().equals(wanted))
                .findFirst()
                .map(EnumSet::of)
                .orElseThrow(() -> new InvalidRequestException("target", "must be churn, spend or all"));
    }

    /** The metric name (a key of the model's metrics) that promotion compares. */
    public String primaryMetric() {
        return primaryMetric;
    }
}
