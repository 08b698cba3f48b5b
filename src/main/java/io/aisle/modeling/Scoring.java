package io.aisle.modeling;

import io.aisle.modeling.TrainingRow;
import io.aisle.modeling.training.Datasets;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Scores rows in one batch per model: XGBoost builds a native matrix per call, so one row at a time costs
 * about 250 µs each.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The probability of {@link Datasets#CHURNED} for each row, in order. */
    public static double[] churnProbabilities(Model<Label> model, List<TrainingRow> rows) {
        List<Prediction<Label>> predictions = model.predict(Datasets.churnExamples(rows));
        return predictions.stream()
                .mapToDouble(p -> p.getOutputScores().get(Datasets.CHURNED).getScore())
                .toArray();
    }

    /**
     * The predicted spend for each row, in order, never below zero: a regression may dip under it, a
     * customer cannot. Holdout metrics and served predictions both go through here, so the registry
     * compares models on what they would really answer.
     */
    public static double[] spend(Model<Regressor> model, List<TrainingRow> rows) {
        List<Prediction<Regressor>> predictions = model.predict(Datasets.spendExamples(rows));
        return predictions.stream().mapToDouble(p -> Math.max(0, p.getOutput().getValues()[0])).toArray();
    }

    public static boolean[] churned(List<TrainingRow> rows) {
        boolean[] churned = new boolean[rows.size()];
        for (int i = 0; i < churned.length; i++) {
            churned[i] = rows.get(i).churned();
        }
        return churned;
    }

    public static double[] actualSpend(List<TrainingRow> rows) {
        return rows.stream().mapToDouble(TrainingRow::spend).toArray();
    }
}
