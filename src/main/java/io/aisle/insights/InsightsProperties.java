package io.aisle.insights;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Insights settings under {@code aisle.insights}.
 *
 * @param horizonDays H, the window after a cutoff in which labels are measured (no purchase in it: churned)
 * @param trainingCutoffs how many training cutoffs a training run stacks
 * @param cutoffStepDays the days between two training cutoffs
 * @param riskMedium the churn probability from which a customer's risk is "medium"
 * @param riskHigh the churn probability from which it is "high"
 * @param valueMedium the predicted spend from which a customer's value is "medium"
 * @param valueHigh the predicted spend from which it is "high"
 * @param demoCustomers simulated customers loaded (and a first model trained) on a shop's first start; 0: none
 * @param retrainCron when to retrain ({@code -}: never); {@code rescoreCron}: when to re-score customers
 */
@Validated
@ConfigurationProperties("aisle.insights")
public record InsightsProperties(
        @Positive Integer horizonDays,
        @Positive Integer trainingCutoffs,
        @Positive Integer cutoffStepDays,
        @DecimalMin("0") @DecimalMax("1") Double riskMedium,
        @DecimalMin("0") @DecimalMax("1") Double riskHigh,
        @PositiveOrZero BigDecimal valueMedium,
        @PositiveOrZero BigDecimal valueHigh,
        @Min(0) Integer demoCustomers,
        String retrainCron,
        String rescoreCron) {

    public InsightsProperties {
        horizonDays = horizonDays == null ? 90 : horizonDays;
        trainingCutoffs = trainingCutoffs == null ? 3 : trainingCutoffs;
        cutoffStepDays = cutoffStepDays == null ? 30 : cutoffStepDays;
        riskMedium = riskMedium == null ? 0.40 : riskMedium;
        riskHigh = riskHigh == null ? 0.70 : riskHigh;
        valueMedium = valueMedium == null ? new BigDecimal("200") : valueMedium;
        valueHigh = valueHigh == null ? new BigDecimal("500") : valueHigh;
        demoCustomers = demoCustomers == null ? 0 : demoCustomers;
        if (riskMedium > riskHigh || valueMedium.compareTo(valueHigh) > 0) {
            throw new IllegalArgumentException("band limits must not decrease: risk %s/%s, value %s/%s"
                    .formatted(riskMedium, riskHigh, valueMedium, valueHigh));
        }
    }

    public Duration horizon() {
        return Duration.ofDays(horizonDays);
    }

    /** The split of a training run whose data ends now: the latest fully observed test cutoff. */
    public TemporalSplit splitEndingAt(java.time.Instant dataEnd) {
        return TemporalSplit.of(TemporalSplit.latestTestCutoff(dataEnd, horizon()), horizon(),
                Duration.ofDays(cutoffStepDays), trainingCutoffs);
    }

    public RiskBand risk(double churnProbability) {
        return churnProbability >= riskHigh ? RiskBand.HIGH : churnProbability >= riskMedium ? RiskBand.MEDIUM
                : RiskBand.LOW;
    }

    public ValueBand value(double predictedSpend) {
        BigDecimal spend = BigDecimal.valueOf(predictedSpend);
        return spend.compareTo(valueHigh) >= 0 ? ValueBand.HIGH : spend.compareTo(valueMedium) >= 0 ? ValueBand.MEDIUM
                : ValueBand.LOW;
    }
}
