package io.aisle.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aisle.retention.Estimate;
import io.aisle.retention.internal.Intervals.Sample;
import org.junit.jupiter.api.Test;

/**
 * The report's intervals against published and independently computed values: Newcombe (1998), Statistics in
 * Medicine 17, 873–890, Table II, for Wilson and the hybrid score difference; SciPy 1.17 ({@code ttest_ind} with
 * {@code equal_var=False}, {@code ttest_1samp}) for Welch's and Student's t intervals.
 */
class IntervalsTests {

    @Test
    void wilsonMatchesNewcombesExample() {
        Estimate e = Intervals.wilson(81, 263);
        assertThat(e.low()).isCloseTo(0.2553, within(5e-5));
        assertThat(e.high()).isCloseTo(0.3662, within(5e-5));
    }

    @Test
    void theHybridScoreDifferenceMatchesNewcombesMethod10() {
        Estimate a = Intervals.newcombe(56, 70, 48, 80);
        assertThat(a.value()).isCloseTo(0.2, within(1e-12));
        assertThat(a.low()).isCloseTo(0.0524, within(5e-5));
        assertThat(a.high()).isCloseTo(0.3339, within(5e-5));
        Estimate b = Intervals.newcombe(9, 10, 3, 10);
        assertThat(b.low()).isCloseTo(0.1705, within(5e-5));
        assertThat(b.high()).isCloseTo(0.8090, within(5e-5));
    }

    @Test
    void welchAndStudentMatchScipy() {
        Sample a = Sample.of(new double[] { 1, 2, 3, 4, 5 });
        Sample b = Sample.of(new double[] { 2, 4, 6, 8, 10, 12 });
        Estimate d = Intervals.welch(a, b);
        assertThat(d.value()).isEqualTo(-4.0);
        assertThat(d.low()).isCloseTo(-7.98347, within(1e-5));
        assertThat(d.high()).isCloseTo(-0.01653, within(1e-5));
        Estimate mean = Intervals.mean(a);
        assertThat(mean.low()).isCloseTo(1.03676, within(1e-5));
        assertThat(mean.high()).isCloseTo(4.96324, within(1e-5));
    }

    @Test
    void noVarianceInEitherArmGivesNoIntervalRatherThanAFalselyCertainOne() {
        Sample nobodyBought = Sample.of(new double[] { 0, 0, 0, 0 });
        Estimate d = Intervals.welch(nobodyBought, Sample.of(new double[] { 0, 0, 0 }));
        assertThat(d.value()).isEqualTo(0.0);
        assertThat(d.low()).isNull();
        assertThat(d.high()).isNull();
        assertThat(d.contains(0)).isFalse();
        assertThat(Intervals.mean(nobodyBought).low()).isNull();
        assertThat(Intervals.mean(Sample.of(new double[] { 25, 25 })).high()).isNull();
    }

    @Test
    void tooFewCustomersGiveNoInterval() {
        assertThat(Intervals.newcombe(0, 0, 1, 2).low()).isNull();
        assertThat(Intervals.welch(Sample.of(new double[] { 1 }), Sample.of(new double[] { 1, 2 })).high()).isNull();
        assertThat(Intervals.wilson(0, 0).contains(0)).isFalse();
    }
}
