package io.aisle.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class BestAchievableTests {

    @Test
    void aucIsOneWhenEveryPositiveOutscoresEveryNegativeAndZeroWhenReversed() {
        double[] scores = {0.1, 0.2, 0.8, 0.9};

        assertThat(BestAchievable.auc(scores, new boolean[] {false, false, true, true})).isEqualTo(1.0);
        assertThat(BestAchievable.auc(scores, new boolean[] {true, true, false, false})).isEqualTo(0.0);
    }

    @Test
    void aucCountsTiesBetweenAPositiveAndANegativeAsHalf() {
        assertThat(BestAchievable.auc(new double[] {0.5, 0.5, 0.5}, new boolean[] {true, false, false})).isEqualTo(0.5);
        // pairs (positive, negative): (0.4, 0.2) win, (0.4, 0.4) tie, (0.9, 0.2) win, (0.9, 0.4) win → 3.5 / 4
        double[] scores = {0.2, 0.4, 0.4, 0.9};
        assertThat(BestAchievable.auc(scores, new boolean[] {false, false, true, true})).isCloseTo(0.875, offset(1e-12));
    }

    @Test
    void aucIsUndefinedWithoutBothClasses() {
        assertThat(BestAchievable.auc(new double[] {0.1, 0.2}, new boolean[] {true, true})).isNaN();
    }

    @Test
    void rSquaredIsOneForPerfectPredictionsAndZeroForTheMean() {
        double[] actual = {1, 2, 3, 6};

        assertThat(BestAchievable.rSquared(actual, actual)).isEqualTo(1.0);
        assertThat(BestAchievable.rSquared(new double[] {3, 3, 3, 3}, actual)).isCloseTo(0.0, offset(1e-12));
    }

    @Test
    void theGroundTruthIsInformativeButNotPerfectWithDefaultSettings() {
        SimulatedHistory history = Simulation.run(SimulationSettings.of(3_000, 12, 5));

        BestAchievable best = BestAchievable.of(history.groundTruth(), history.realisedLabels());

        assertThat(best.churnAuc()).isBetween(0.7, 0.97);
        assertThat(best.spendRSquared()).isStrictlyBetween(0.0, 1.0);
    }
}
