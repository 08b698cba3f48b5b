package io.aisle.admin.models;

import io.aisle.admin.internal.ModelGrade;
import io.aisle.insights.DriftReport;
import io.aisle.insights.FeatureDrift;
import io.aisle.insights.TargetHealth;
import io.aisle.modeling.ModelTarget;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * A target's active model as a shop owner wants to know it, before any metric: what it is for, how good it
 * is in words, when it was trained, and whether it is healthy. {@code qualityLevel} and {@code healthLevel}
 * ("good", "fair", "weak", "bad", "unknown") colour the words. The metrics behind them are in the page's
 * details panel.
 */
record OwnerSummary(String purpose, String quality, String qualityLevel, String trained, String health,
        String healthLevel) {

    static OwnerSummary of(ModelTarget target, TargetHealth health, int horizonDays) {
        String purpose = target == ModelTarget.CHURN
                ? "Tells how likely each customer is to order again in the next " + horizonDays
                        + " days, so you can reach the ones drifting away before they are gone."
                : "Estimates what each customer will spend in the next " + horizonDays
                        + " days, so you know who is worth the most to keep.";
        if (health == null || !health.loaded()) {
            String problem = health == null || health.problem() == null ? "no model trained yet" : health.problem();
            boolean broken = health != null && health.failing();
            return new OwnerSummary(purpose, "Not known yet: no model is in use.", "unknown", "Never: press Retrain.",
                    (broken ? "Broken: " : "Not in use: ") + problem + ".", broken ? "bad" : "unknown");
        }
        String[] quality = quality(target, health.metrics());
        String trained = "Trained " + age(health.age()) + " ago, on the orders up to then.";
        String[] state = state(health);
        return new OwnerSummary(purpose, quality[0], quality[1], trained, state[0], state[1]);
    }

    private static String[] quality(ModelTarget target, Map<String, Double> metrics) {
        if (target == ModelTarget.CHURN) {
            Double auc = metrics.get("auc");
            ModelGrade grade = ModelGrade.ofAuc(auc);
            return new String[] {auc == null ? "Not measured on its holdout."
                    : grade.capitalized() + ": on past customers it had not seen, it ranked one who came back above one "
                            + "who did not " + ModelGrade.timesInHundred(auc) + ".", grade.level()};
        }
        Double mae = metrics.get("mae");
        ModelGrade grade = ModelGrade.ofSpearman(metrics.get("spearman"));
        String off = mae == null ? "" : String.format(Locale.ENGLISH, "; its estimates were off by $%,.2f per customer on average", mae);
        return new String[] {grade.capitalized() + " at telling bigger spenders from smaller ones, on past customers "
                + "it had not seen" + off + ".", grade.level()};
    }

    private static String[] state(TargetHealth health) {
        if (health.failing()) {
            return new String[] {"Broken: " + health.problem() + ".", "bad"};
        }
        DriftReport drift = health.drift();
        if (drift == null) {
            return new String[] {"Working. Whether today's customers still look like the ones it learned from is "
                    + "checked when customers are next scored.", "good"};
        }
        long shifted = drift.features().stream().filter(f -> f.level().equals("shifted")).count();
        long moderate = drift.features().stream().filter(f -> f.level().equals("moderate")).count();
        if (shifted > 0) {
            FeatureDrift worst = drift.worst();
            return new String[] {"Needs a look: " + shifted + " of the " + drift.features().size() + " customer figures it "
                    + "reads have changed a lot since it was trained (most: " + worst.feature()
                    + "). Retraining on today's customers answers it.", "weak"};
        }
        return moderate > 0
                ? new String[] {"Healthy: today's customers look much like the ones it learned from (" + moderate
                        + " figures moved a little).", "good"}
                : new String[] {"Healthy: today's customers look like the ones it learned from.", "good"};
    }

    /** Roughly: "3 days", "5 hours", "12 minutes". */
    static String age(Duration age) {
        if (age == null) {
            return "some time";
        }
        long days = age.toDays();
        long hours = age.toHours();
        long minutes = Math.max(age.toMinutes(), 1);
        return days > 0 ? plural(days, "day") : hours > 0 ? plural(hours, "hour") : plural(minutes, "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
