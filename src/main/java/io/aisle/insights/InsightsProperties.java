package io.aisle.insights;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How predictions are read and served, under {@code aisle.insights} (the pipeline's and the jobs' settings share
 * the prefix: {@code ModelingProperties}, {@code TrainingProperties}).
 *
 * @param riskMedium the churn probability from which a customer's risk is "medium"
 * @param riskHigh the churn probability from which it is "high"
 * @param valueMedium the predicted spend from which a customer's value is "medium"
 * @param valueHigh the predicted spend from which it is "high"
 * @param rescoreCron when to re-score customers
 */
@Validated
@ConfigurationProperties("aisle.insights")
public record InsightsProperties(
        @DecimalMin("0") @DecimalMax("1") Double riskMedium,
        @DecimalMin("0") @DecimalMax("1") Double riskHigh,
        @PositiveOrZero BigDecimal valueMedium,
        @PositiveOrZero BigDecimal valueHigh,
        String rescoreCron) {

    public InsightsProperties {
        riskMedium = riskMedium == null ? 0.40 : riskMedium;
        riskHigh = riskHigh == null ? 0.70 : riskHigh;
        valueMedium = valueMedium == null ? new BigDecimal("200") : valueMedium;
        valueHigh = valueHigh == null ? new BigDecimal("500") : valueHigh;
        if (riskMedium > riskHigh || valueMedium.compareTo(valueHigh) > 0) {
            throw new IllegalArgumentException("band limits must not decrease: risk %s/%s, value %s/%s"
                    .formatted(riskMedium, riskHigh, valueMedium, valueHigh));
        }
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
