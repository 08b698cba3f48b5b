package io.aisle.lab.retail;

import io.aisle.modeling.TemporalSplit;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The windows of an evaluation on the imported file: the test cutoff T (UTC midnight) and horizon H, with
 * {@code trainingCutoffs} training cutoffs {@code stepDays} apart, the latest at T − H. The defaults fit
 * the file (2010-12-01 to 2011-12-09): T = 2011-09-10 and H = 90 days end the holdout on the file's last day.
 */
public record RetailEvaluationSettings(LocalDate testCutoff, int horizonDays, int stepDays, int trainingCutoffs) {

    public static final RetailEvaluationSettings DEFAULT = new RetailEvaluationSettings(LocalDate.of(2011, 9, 10),
            90, 30, 4);

    public RetailEvaluationSettings {
        if (horizonDays < 1 || stepDays < 1 || trainingCutoffs < 1) {
            throw new IllegalArgumentException("horizon, step and the number of training cutoffs must be positive");
        }
    }

    public TemporalSplit split() {
        return TemporalSplit.of(testCutoff.atStartOfDay(ZoneOffset.UTC).toInstant(), Duration.ofDays(horizonDays),
                Duration.ofDays(stepDays), trainingCutoffs);
    }
}
