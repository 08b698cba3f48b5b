package io.aisle.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The training reference: means for explanations, quantile bins and the population stability index. */
class FeatureReferenceTests {

    private static final int FEATURES = CustomerFeatures.NAMES.size();

    /** Rows whose every feature is drawn from an exponential distribution with this mean. */
    private static List<double[]> rows(int count, double mean, long seed) {
        Random random = new Random(seed);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] row = new double[FEATURES];
            for (int f = 0; f < FEATURES; f++) {
                row[f] = -mean * Math.log(1 - random.nextDouble());
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void theSameDistributionIsStableAndAShiftedOneIsNot() {
        FeatureReference reference = FeatureReference.of(rows(20_000, 10, 1));
        double[] same = reference.stability(rows(20_000, 10, 2));
        double[] shifted = reference.stability(rows(20_000, 25, 3));
        for (int f = 0; f < FEATURES; f++) {
            assertThat(same[f]).as("PSI of an unchanged feature").isLessThan(0.01);
            assertThat(shifted[f]).as("PSI of a feature whose mean went from 10 to 25").isGreaterThan(0.25);
        }
        assertThat(reference.means()[0]).isCloseTo(10, within(0.5));
    }

    @Test
    void aFeatureThatIsMostlyZeroGetsFewerWiderBinsAndStillCompares() {
        List<double[]> training = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            double[] row = new double[FEATURES];
            row[0] = i % 10 == 0 ? i : 0; // 901 rows in 1,000 are zero (i = 0 too)
            training.add(row);
        }
        FeatureReference reference = FeatureReference.of(training);
        FeatureReference.Feature first = reference.features().get(0);
        // every decile up to the ninth is zero: one edge, two bins (zero, and above zero)
        assertThat(first.upperEdges()).containsExactly(0.0);
        assertThat(first.shares()).containsExactly(new double[] {0.901, 0.099}, within(1e-9));
        assertThat(reference.stability(training)[0]).isCloseTo(0, within(1e-12));
        assertThat(reference.stability(List.of())[0]).isNaN();
    }
}
