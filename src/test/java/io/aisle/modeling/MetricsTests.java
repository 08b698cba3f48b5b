package io.aisle.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Churn and spend metrics on examples small enough to work out by hand. */
class MetricsTests {

    @Test
    void churnMetricsScoreProbabilitiesAgainstOutcomes() {
        ChurnMetrics metrics = ChurnMetrics.of("m", new double[] {0.9, 0.6, 0.4, 0.2},
                new boolean[] {true, false, true, false});
        assertThat(metrics.rows()).isEqualTo(4);
        assertThat(metrics.auc()).isCloseTo(0.75, within(1e-12));
        assertThat(metrics.brier()).isCloseTo((0.01 + 0.36 + 0.36 + 0.04) / 4, within(1e-12));
        // flagged at ≥ 0.5: rows 0 and 1, one of them churned; one of the two churners flagged
        assertThat(metrics.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(metrics.recall()).isCloseTo(0.5, within(1e-12));
        // ranked 0.9 (+) 0.6 (−) 0.4 (+): precisions 1 and 2/3
        assertThat(metrics.averagePrecision()).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void spendMetricsScorePredictionsAgainstActualSpend() {
        SpendMetrics metrics = SpendMetrics.of("m", new double[] {1, 2, 3}, new double[] {1, 3, 5});
        // errors 0, 1, 2; actual mean 3, total sum of squares 8
        assertThat(metrics.rmse()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
        assertThat(metrics.mae()).isCloseTo(1, within(1e-12));
        assertThat(metrics.rSquared()).isCloseTo(1 - 5.0 / 8, within(1e-12));
        assertThat(metrics.spearman()).isCloseTo(1, within(1e-12));
    }
}
