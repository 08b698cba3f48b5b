package io.aisle.insights.internal;

import io.aisle.insights.FeatureContribution;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.Scoring;
import io.aisle.modeling.TrainingRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/** Runs loaded models on feature rows, in one batch per model (XGBoost pays per call, not per row). */
public final class Scorer {

    private Scorer() {
    }

    public static double[] churn(ActiveModels.Loaded loaded, List<double[]> rows) {
        return Scoring.churnProbabilities(loaded.model().castModel(Label.class), asRows(rows));
    }

    /** Predicted spend, never below zero ({@link Scoring#spend}). */
    public static double[] spend(ActiveModels.Loaded loaded, List<double[]> rows) {
        return Scoring.spend(loaded.model().castModel(Regressor.class), asRows(rows));
    }

    /**
     * The {@code top} features that moved this row's prediction most, either way: each is set to its
     * training mean in turn (all scored in one batch) and the change is its contribution. Model-agnostic,
     * so it reads the same for the boosted trees and the linear baseline.
     */
    public static List<FeatureContribution> drivers(ActiveModels.Loaded loaded, double[] row, boolean churn, int top) {
        double[] means = loaded.reference().means();
        List<double[]> batch = new ArrayList<>();
        batch.add(row);
        for (int f = 0; f < row.length; f++) {
            double[] changed = row.clone();
            changed[f] = means[f];
            batch.add(changed);
        }
        double[] scores = churn ? churn(loaded, batch) : spend(loaded, batch);
        List<FeatureContribution> contributions = new ArrayList<>();
        for (int f = 0; f < row.length; f++) {
            contributions.add(new FeatureContribution(CustomerFeatures.NAMES.get(f), row[f], scores[0] - scores[f + 1]));
        }
        return contributions.stream()
                .filter(c -> c.contribution() != 0)
                .sorted(Comparator.comparingDouble((FeatureContribution c) -> Math.abs(c.contribution())).reversed())
                .limit(top)
                .toList();
    }

    private static List<TrainingRow> asRows(List<double[]> rows) {
        // the label fields are placeholders the models ignore
        return rows.stream().map(values -> new TrainingRow(0, values, false, 0)).toList();
    }
}
