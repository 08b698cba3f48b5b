package io.aisle.modeling;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which cutoffs train a model and which one tests it. Rows are split by time, never at random: a random
 * split would let the model learn from the very weeks it is tested on. The rule: every training cutoff t
 * has its label window [t, t + H) end no later than the test cutoff, so no training label looks into the
 * test period [testCutoff, testCutoff + H), and training features (all before t) precede it too.
 * Training cutoffs are strictly increasing; their own label windows may overlap each other.
 */
public record TemporalSplit(List<Instant> trainingCutoffs, Instant testCutoff, Duration horizon) {

    public TemporalSplit {
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("the horizon must be positive: " + horizon);
        }
        if (trainingCutoffs.isEmpty()) {
            throw new IllegalArgumentException("a split needs at least one training cutoff");
        }
        trainingCutoffs = List.copyOf(trainingCutoffs);
        for (int i = 0; i < trainingCutoffs.size(); i++) {
            Instant cutoff = trainingCutoffs.get(i);
            if (i > 0 && !cutoff.isAfter(trainingCutoffs.get(i - 1))) {
                throw new IllegalArgumentException("training cutoffs must be strictly increasing: " + trainingCutoffs);
            }
            if (cutoff.plus(horizon).isAfter(testCutoff)) {
                throw new IllegalArgumentException("the label window of training cutoff " + cutoff
                        + " reaches into the test period from " + testCutoff);
            }
        }
    }

    /**
     * {@code count} training cutoffs {@code step} apart, the latest at testCutoff − H, the earliest first.
     */
    public static TemporalSplit of(Instant testCutoff, Duration horizon, Duration step, int count) {
        if (count < 1 || step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("need a positive step and at least one training cutoff");
        }
        List<Instant> cutoffs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cutoffs.add(testCutoff.minus(horizon).minus(step.multipliedBy(i)));
        }
        Collections.reverse(cutoffs);
        return new TemporalSplit(cutoffs, testCutoff, horizon);
    }

    /**
     * The latest test cutoff whose whole label window has been observed by {@code dataEnd} (usually now):
     * dataEnd − H, down to the start of its UTC day so that reruns on the same day agree.
     */
    public static Instant latestTestCutoff(Instant dataEnd, Duration horizon) {
        return dataEnd.minus(horizon).truncatedTo(ChronoUnit.DAYS);
    }

    /** The end (exclusive) of the label window of this cutoff. */
    public Instant labelWindowEnd(Instant cutoff) {
        return cutoff.plus(horizon);
    }
}
