package io.aisle.modeling;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The pipeline's settings, under {@code aisle.insights} like the other insights settings (each module binds its
 * own part of the prefix).
 *
 * @param horizonDays H, the window after a cutoff in which labels are measured (no purchase in it: churned)
 * @param trainingCutoffs how many training cutoffs a training run stacks
 * @param cutoffStepDays the days between two training cutoffs
 */
@Validated
@ConfigurationProperties("aisle.insights")
public record ModelingProperties(@Positive Integer horizonDays, @Positive Integer trainingCutoffs,
        @Positive Integer cutoffStepDays) {

    public ModelingProperties {
        horizonDays = horizonDays == null ? 90 : horizonDays;
        trainingCutoffs = trainingCutoffs == null ? 3 : trainingCutoffs;
        cutoffStepDays = cutoffStepDays == null ? 30 : cutoffStepDays;
    }

    public Duration horizon() {
        return Duration.ofDays(horizonDays);
    }

    /** The split of a training run whose data ends now: the latest fully observed test cutoff. */
    public TemporalSplit splitEndingAt(Instant dataEnd) {
        return TemporalSplit.of(TemporalSplit.latestTestCutoff(dataEnd, horizon()), horizon(),
                Duration.ofDays(cutoffStepDays), trainingCutoffs);
    }
}
