package io.aisle.admin.models;

import io.aisle.modeling.ModelTarget;
import java.util.List;

/**
 * A holdout metric the Models page shows for a target, by its key in the model's metrics (docs/ml.md,
 * "Models and evaluation"), with a one-line explanation for the details panel. The first two of each target
 * are the ones charted across versions, the first being the metric promotion compares.
 */
record MetricColumn(String key, String label, boolean higherIsBetter, String explanation) {

    /** What the drift table's figure means; not a holdout metric, but explained next to them. */
    static final String PSI = "Population stability index: how far a figure's spread over today's customers has moved "
            + "from the reference customers'. Below 0.1 stable, 0.1 to 0.25 moderate, above 0.25 shifted.";

    static List<MetricColumn> of(ModelTarget target) {
        return switch (target) {
            case CHURN -> List.of(
                    new MetricColumn("auc", "AUC", true, "The chance that a customer who did not buy again is ranked "
                            + "riskier than one who did: 0.5 is guessing, 1 is perfect."),
                    new MetricColumn("pr_auc", "PR-AUC", true, "How well the customers ranked riskiest really did not buy "
                            + "again, over every cut-off (average precision); compare it with the share who did not."),
                    new MetricColumn("brier", "Brier", false, "The mean squared gap between the predicted chance and what "
                            + "happened (0 or 1): 0 is perfect, always saying 50% scores 0.25."),
                    new MetricColumn("precision", "Precision", true, "Of the customers given a churn risk of 50% or more, "
                            + "the share who really did not buy again."),
                    new MetricColumn("recall", "Recall", true, "Of the customers who did not buy again, the share given "
                            + "a churn risk of 50% or more."));
            case SPEND -> List.of(
                    new MetricColumn("r2", "R²", true, "The share of the differences in spend between customers that the "
                            + "model explains: 0 is no better than everyone's average, 1 is perfect."),
                    new MetricColumn("spearman", "Spearman", true, "How well the model puts customers in order of spend: "
                            + "1 is the right order, 0 no better than random."),
                    new MetricColumn("rmse", "RMSE", false, "The typical miss in dollars, big misses weighing more "
                            + "(root mean squared error)."),
                    new MetricColumn("mae", "MAE", false, "The average miss in dollars per customer (mean absolute error)."));
        };
    }

    static List<MetricColumn> charted(ModelTarget target) {
        return of(target).subList(0, 2);
    }
}
