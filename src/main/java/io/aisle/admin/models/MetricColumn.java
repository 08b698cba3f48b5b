package io.aisle.admin.models;

import io.aisle.modeling.ModelTarget;
import java.util.List;

/**
 * A holdout metric the Models page shows for a target, by its key in the model's metrics (docs/ml.md,
 * "Models and evaluation"). The first two of each target are the ones charted across versions, the first
 * being the metric promotion compares.
 */
record MetricColumn(String key, String label, boolean higherIsBetter) {

    static List<MetricColumn> of(ModelTarget target) {
        return switch (target) {
            case CHURN -> List.of(new MetricColumn("auc", "AUC", true), new MetricColumn("pr_auc", "PR-AUC", true),
                    new MetricColumn("brier", "Brier", false), new MetricColumn("precision", "Precision", true),
                    new MetricColumn("recall", "Recall", true));
            case SPEND -> List.of(new MetricColumn("r2", "R²", true), new MetricColumn("spearman", "Spearman", true),
                    new MetricColumn("rmse", "RMSE", false), new MetricColumn("mae", "MAE", false));
        };
    }

    static List<MetricColumn> charted(ModelTarget target) {
        return of(target).subList(0, 2);
    }
}
