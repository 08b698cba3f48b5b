package io.aisle.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The ground truth is right if it is calibrated: customers the truth gives a churn probability p churn
 * at rate p, and spend on average what the truth expects.
 */
class GroundTruthCalibrationTests {

    private static final SimulatedHistory HISTORY = Simulation.run(SimulationSettings.of(5_000, 12, 3));

    private record Row(GroundTruth truth, RealisedLabel label) {}

    private static List<Row> rowsByChurnProbability() {
        return IntStream.range(0, HISTORY.groundTruth().size())
                .mapToObj(i -> new Row(HISTORY.groundTruth().get(i), HISTORY.realisedLabels().get(i)))
                .sorted(Comparator.comparingDouble(row -> row.truth().churnProbability()))
                .toList();
    }

    @Test
    void realisedChurnInEachDecileOfTrueProbabilityMatchesItsMeanProbability() {
        List<Row> rows = rowsByChurnProbability();
        int deciles = 10;
        for (int d = 0; d < deciles; d++) {
            List<Row> decile = rows.subList(d * rows.size() / deciles, (d + 1) * rows.size() / deciles);
            double meanProbability = decile.stream().mapToDouble(row -> row.truth().churnProbability()).average().orElseThrow();
            double variance = decile.stream()
                    .mapToDouble(row -> row.truth().churnProbability() * (1 - row.truth().churnProbability())).sum();
            double standardError = Math.sqrt(variance) / decile.size();
            double realised = decile.stream().filter(row -> row.label().churned()).count() / (double) decile.size();

            // four standard errors (plus a floor for the near-certain deciles) keep ten checks from flaking
            assertThat(realised).as("decile %d", d).isCloseTo(meanProbability,
                    offset(4 * standardError + 0.01));
        }
    }

    @Test
    void realisedSpendMatchesExpectedSpendOnAverage() {
        List<Row> rows = rowsByChurnProbability();
        double[] differences = rows.stream().mapToDouble(row -> row.label().spend() - row.truth().expectedSpend()).toArray();
        double mean = Arrays.stream(differences).average().orElseThrow();
        double variance = Arrays.stream(differences).map(x -> (x - mean) * (x - mean)).sum() / (differences.length - 1);
        double meanExpected = rows.stream().mapToDouble(row -> row.truth().expectedSpend()).average().orElseThrow();

        assertThat(meanExpected).isPositive();
        assertThat(Math.abs(mean)).isLessThan(4 * Math.sqrt(variance / differences.length));
    }
}
