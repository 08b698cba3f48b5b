package io.aisle.modeling.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.Scoring;
import io.aisle.modeling.TrainingRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

class TwoPartSpendModelTests {

    @Test
    void theMaeScaleIsTheForecastWeightedMedianOfTheRatios() {
        // ratios 1, 2, 10 with weights 1, 1, 1: the weighted median is 2, and no other factor does better
        double[] forecast = {10, 10, 10};
        double[] actual = {10, 20, 100};

        double scale = TwoPartSpendModel.maeScale(forecast, actual);

        assertThat(scale).isEqualTo(2.0);
        assertThat(absoluteError(forecast, actual, scale)).isLessThan(absoluteError(forecast, actual, 1.9))
                .isLessThan(absoluteError(forecast, actual, 2.1));
    }

    @Test
    void predictsBuyingProbabilityTimesSpendAndReadsBackTheSameFromItsFile(@TempDir Path directory)
            throws IOException {
        List<TrainingRow> rows = customers(2_000, new Random(11));
        Model<Label> churn = new CalibratedChurnModel(Trainers.boostedChurn().train(Datasets.churn(rows)),
                new PlattScaling(0.9, 0.1));
        Model<Regressor> amount = Trainers.amountSpend().train(Datasets.logSpendOfBuyers(rows));
        TwoPartSpendModel model = new TwoPartSpendModel(churn, amount, 0.8);

        List<TrainingRow> some = rows.subList(0, 20);
        double[] predicted = Scoring.spend(model, some);
        double[] unscaled = TwoPartSpendModel.unscaled(churn, amount, Datasets.spendExamples(some));
        model.serializeToFile(directory.resolve("spend.tribuo"));
        Model<Regressor> loaded = Model.deserializeFromFile(directory.resolve("spend.tribuo")).castModel(Regressor.class);
        churn.serializeToFile(directory.resolve("churn.tribuo"));
        Model<Label> loadedChurn = Model.deserializeFromFile(directory.resolve("churn.tribuo")).castModel(Label.class);

        for (int i = 0; i < some.size(); i++) {
            assertThat(predicted[i]).isCloseTo(0.8 * unscaled[i], within(1e-9));
        }
        assertThat(Scoring.spend(loaded, some)).containsExactly(predicted);
        assertThat(Scoring.churnProbabilities(loadedChurn, some)).containsExactly(Scoring.churnProbabilities(churn, some));
        // a frequent buyer is forecast to spend more than a customer who bought once long ago
        assertThat(predicted[0]).isGreaterThan(predicted[1]);
    }

    /** Even rows buy often and spend; odd rows bought once, long ago, and mostly churn. */
    private static List<TrainingRow> customers(int n, Random random) {
        List<TrainingRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] features = new double[CustomerFeatures.NAMES.size()];
            boolean frequent = i % 2 == 0;
            features[0] = frequent ? 5 + random.nextInt(10) : 1;
            features[3] = frequent ? random.nextDouble() * 20 : 100 + random.nextDouble() * 100;
            boolean churned = frequent ? random.nextDouble() < 0.2 : random.nextDouble() < 0.8;
            double spend = churned ? 0 : (frequent ? 300 : 50) * Math.exp(random.nextGaussian() * 0.5);
            rows.add(new TrainingRow(i, features, churned, spend));
        }
        return rows;
    }

    private static double absoluteError(double[] forecast, double[] actual, double scale) {
        double sum = 0;
        for (int i = 0; i < forecast.length; i++) {
            sum += Math.abs(actual[i] - scale * forecast[i]);
        }
        return sum;
    }
}
