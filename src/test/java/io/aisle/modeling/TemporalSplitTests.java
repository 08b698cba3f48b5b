package io.aisle.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalSplitTests {

    private static final Instant TEST_CUTOFF = Instant.parse("2001-01-01T00:00:00Z");
    private static final Duration HORIZON = Duration.ofDays(90);
    private static final Duration STEP = Duration.ofDays(30);

    @Test
    void trainingCutoffsRunEarliestFirstUpToTheTestCutoffLessTheHorizon() {
        TemporalSplit split = TemporalSplit.of(TEST_CUTOFF, HORIZON, STEP, 4);

        assertThat(split.trainingCutoffs()).containsExactly(
                Instant.parse("2000-07-05T00:00:00Z"), Instant.parse("2000-08-04T00:00:00Z"),
                Instant.parse("2000-09-03T00:00:00Z"), Instant.parse("2000-10-03T00:00:00Z"));
        assertThat(split.trainingCutoffs()).isSorted().allMatch(cutoff -> cutoff.isBefore(split.testCutoff()));
    }

    @Test
    void noTrainingLabelWindowReachesIntoTheTestPeriod() {
        TemporalSplit split = TemporalSplit.of(TEST_CUTOFF, HORIZON, STEP, 12);

        assertThat(split.trainingCutoffs())
                .allMatch(cutoff -> !split.labelWindowEnd(cutoff).isAfter(split.testCutoff()));
        assertThat(split.labelWindowEnd(split.trainingCutoffs().get(split.trainingCutoffs().size() - 1))).isEqualTo(TEST_CUTOFF);
    }

    @Test
    void refusesATrainingCutoffWhoseLabelsOverlapTheTestPeriod() {
        List<Instant> tooLate = List.of(TEST_CUTOFF.minus(HORIZON).plusSeconds(1));

        assertThatIllegalArgumentException().isThrownBy(() -> new TemporalSplit(tooLate, TEST_CUTOFF, HORIZON));
    }

    @Test
    void refusesTrainingCutoffsOutOfOrder() {
        List<Instant> unordered = List.of(Instant.parse("2000-09-01T00:00:00Z"), Instant.parse("2000-08-01T00:00:00Z"));

        assertThatIllegalArgumentException().isThrownBy(() -> new TemporalSplit(unordered, TEST_CUTOFF, HORIZON));
    }

    @Test
    void theLatestTestCutoffHasItsWholeLabelWindowObserved() {
        Instant now = Instant.parse("2026-11-29T03:50:00Z");

        Instant testCutoff = TemporalSplit.latestTestCutoff(now, HORIZON);

        assertThat(testCutoff).isEqualTo(Instant.parse("2026-08-31T00:00:00Z"));
        assertThat(testCutoff.plus(HORIZON)).isBeforeOrEqualTo(now);
    }
}
