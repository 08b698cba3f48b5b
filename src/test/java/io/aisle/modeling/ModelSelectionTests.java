package io.aisle.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelSelectionTests {

    /**
     * A small shop's validation split can hold customers of one outcome only: no AUC can be measured there. Training
     * must still choose a churn model (the first candidate) and build the two-part spend model on it; it used to fail
     * with a NullPointerException, so the `train` command of a shop with a few hundred customers failed.
     */
    @Test
    void aValidationSplitWhereEveryoneBoughtAgainStillChoosesTheModels() {
        Random random = new Random(7);
        List<TrainingRow> fit = rows(random, 0, 300, null);
        List<TrainingRow> validation = rows(random, 1_000, 60, false);
        List<TrainingRow> test = rows(random, 2_000, 100, null);
        List<TrainingRow> training = new ArrayList<>(fit);
        training.addAll(validation);

        ModelSelection selection = new ModelSelection(fit, validation, training, test, false);
        var churn = selection.churn();
        var spend = selection.spend(churn);

        assertThat(selection.validationScores().get("churn_" + churn.name() + "_auc")).isNaN();
        assertThat(churn.model()).isNotNull();
        assertThat(spend.model()).isNotNull();
        assertThat(spend.holdout()).singleElement().satisfies(m -> assertThat(m.mae()).isFinite());
    }

    /**
     * With a single buyer among the fit rows the spend-if-buying part has nothing to learn from (every figure of one
     * customer is constant): the two-part model is left out and the spend model is chosen among the others. It used
     * to fail with "No features found", so the `train` command of a small shop failed.
     */
    @Test
    void fitRowsWithOneBuyerLeaveTheTwoPartModelOutAndChooseAnother() {
        Random random = new Random(11);
        List<TrainingRow> fit = rows(random, 0, 200, true);
        fit.add(new TrainingRow(999, fit.get(0).features().clone(), false, 120));
        List<TrainingRow> validation = rows(random, 1_000, 80, null);
        List<TrainingRow> test = rows(random, 2_000, 100, null);
        List<TrainingRow> training = new ArrayList<>(fit);
        training.addAll(validation);

        ModelSelection selection = new ModelSelection(fit, validation, training, test, true);
        var spend = selection.spend(selection.churn());

        assertThat(spend.name()).isNotEqualTo("two-part");
        assertThat(spend.holdout()).extracting(SpendMetrics::model).doesNotContain("two-part");
        assertThat(spend.model()).isNotNull();
    }

    /** Customers whose spend follows their order count; churned as given, or at random when null. */
    private static List<TrainingRow> rows(Random random, long firstId, int count, Boolean churned) {
        List<TrainingRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double[] features = new double[CustomerFeatures.NAMES.size()];
            for (int f = 0; f < features.length; f++) {
                features[f] = random.nextInt(20);
            }
            boolean churns = churned != null ? churned : random.nextDouble() < 1.0 / (1 + features[0]);
            rows.add(new TrainingRow(firstId + i, features, churns, churns ? 0 : 10 * (1 + features[0])));
        }
        return rows;
    }
}
