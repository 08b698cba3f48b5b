package io.aisle.insights;

/** What a model predicts, and the holdout metric that decides which of two models is better. */
public enum ModelTarget {
    /** No purchase in the H days after the cutoff; compared by AUC. */
    CHURN("auc"),
    /** Order total in the H days after the cutoff; compared by R². */
    SPEND("r2");

    private final String primaryMetric;

    ModelTarget(String primaryMetric) {
        this.primaryMetric = primaryMetric;
    }

    /** The metric name (a key of the model's metrics) that promotion compares. */
    public String primaryMetric() {
        return primaryMetric;
    }
}
