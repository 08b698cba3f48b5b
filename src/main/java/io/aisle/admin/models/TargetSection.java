package io.aisle.admin.models;

import io.aisle.insights.FeatureDrift;
import io.aisle.insights.RegisteredModel;
import io.aisle.insights.TargetHealth;
import io.aisle.modeling.ModelTarget;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One target's part of the Models page: its versions (newest first) with the metrics to show, the chart
 * of metrics across versions (JSON), and the health of its active model with the drift, worst first.
 */
record TargetSection(ModelTarget target, List<MetricColumn> metrics, List<RegisteredModel> versions, String chart,
        TargetHealth health) {

    /** "churn" or "spend", for ids and titles. */
    public String key() {
        return target.name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return target == ModelTarget.CHURN ? "Churn risk" : "Predicted spend";
    }

    /** Each feature's drift, the most shifted first; features that could not be measured last. */
    public List<FeatureDrift> drift() {
        if (health == null || health.drift() == null) {
            return List.of();
        }
        return health.drift().features().stream()
                .sorted(Comparator.comparingDouble((FeatureDrift f) -> Double.isNaN(f.psi()) ? -1 : f.psi()).reversed())
                .toList();
    }

    /** The active model's age, roughly: "3 d 4 h", "5 h 12 min", "2 min". */
    public String age() {
        Duration age = health == null ? null : health.age();
        if (age == null) {
            return null;
        }
        if (age.toDays() > 0) {
            return age.toDays() + " d " + age.toHoursPart() + " h";
        }
        return age.toHours() > 0 ? age.toHours() + " h " + age.toMinutesPart() + " min" : age.toMinutes() + " min";
    }
}
