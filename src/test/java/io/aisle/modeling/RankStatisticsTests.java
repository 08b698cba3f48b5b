package io.aisle.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The rank statistics on examples small enough to work out by hand. */
class RankStatisticsTests {

    @Test
    void tiedValuesShareTheMeanOfTheirRanks() {
        assertThat(RankStatistics.averageRanks(new double[] {10, 20, 20, 5})).containsExactly(2, 3.5, 3.5, 1);
    }

    @Test
    void aucIsTheShareOfPositiveNegativePairsOrderedRight() {
        // positives 0.35, 0.8 against negatives 0.1, 0.4: 3 of 4 pairs in order
        assertThat(RankStatistics.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}))
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aucCountsATieBetweenAPositiveAndANegativeAsHalf() {
        // positives 0.5, 0.9 against negatives 0.5, 0.2: 0.5 + 1 + 1 + 1 of 4
        assertThat(RankStatistics.auc(new double[] {0.5, 0.5, 0.2, 0.9}, new boolean[] {true, false, false, true}))
                .isCloseTo(0.875, within(1e-12));
    }

    @Test
    void aucIsUndefinedWithOneClassOnly() {
        assertThat(RankStatistics.auc(new double[] {0.1, 0.2}, new boolean[] {true, true})).isNaN();
    }

    @Test
    void averagePrecisionAveragesThePrecisionAtEachPositive() {
        // ranked 0.8 (+) 0.4 (−) 0.35 (+): precisions 1 and 2/3
        assertThat(RankStatistics.averagePrecision(new double[] {0.1, 0.4, 0.35, 0.8},
                new boolean[] {false, false, true, true})).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void averagePrecisionTakesTiedRowsTogether() {
        // groups 0.9 {+}: 1/1; 0.5 {+, −}: 2/3 for its one positive; 0.1 {+}: 3/4
        assertThat(RankStatistics.averagePrecision(new double[] {0.9, 0.5, 0.5, 0.1},
                new boolean[] {true, true, false, true})).isCloseTo((1 + 2.0 / 3 + 0.75) / 3, within(1e-12));
    }

    @Test
    void spearmanIsThePearsonCorrelationOfAverageRanks() {
        // ranks of y: 1, 2, 3.5, 5, 3.5; covariance 8, variances 10 and 9.5
        assertThat(RankStatistics.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7}))
                .isCloseTo(8 / Math.sqrt(95), within(1e-12));
        assertThat(RankStatistics.spearman(new double[] {1, 2, 3}, new double[] {30, 20, 10}))
                .isCloseTo(-1, within(1e-12));
    }
}
