package io.aisle.modeling.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTests {

    @Test
    void recoversTheDistortionOfOverconfidentProbabilitiesAndLowersTheBrierScore() {
        // raw scores twice as far from 0.5 (in log-odds) as the truth, and shifted: logit(true) = 0.5 logit(raw) - 0.3
        Random random = new Random(7);
        int n = 20_000;
        double[] raw = new double[n];
        boolean[] outcome = new boolean[n];
        for (int i = 0; i < n; i++) {
            double logit = random.nextGaussian() * 3;
            raw[i] = 1 / (1 + Math.exp(-logit));
            outcome[i] = random.nextDouble() < 1 / (1 + Math.exp(-(0.5 * logit - 0.3)));
        }

        PlattScaling fitted = PlattScaling.fit(raw, outcome);

        assertThat(fitted.a()).isCloseTo(0.5, within(0.05));
        assertThat(fitted.b()).isCloseTo(-0.3, within(0.05));
        assertThat(brier(raw, outcome, fitted)).isLessThan(brier(raw, outcome, PlattScaling.IDENTITY) - 0.01);
    }

    @Test
    void leavesProbabilitiesAloneWhenAllOutcomesAreAlike() {
        assertThat(PlattScaling.fit(new double[] {0.2, 0.9}, new boolean[] {true, true}))
                .isEqualTo(PlattScaling.IDENTITY);
        assertThat(PlattScaling.IDENTITY.apply(0.37)).isCloseTo(0.37, within(1e-12));
    }

    private static double brier(double[] raw, boolean[] outcome, PlattScaling calibration) {
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            double error = calibration.apply(raw[i]) - (outcome[i] ? 1 : 0);
            sum += error * error;
        }
        return sum / raw.length;
    }
}
