package io.aisle.insights;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Insights settings under {@code aisle.insights}: {@code horizonDays} is H, the length of the window after
 * a cutoff in which the labels are measured (a customer who buys nothing in it has churned).
 */
@Validated
@ConfigurationProperties("aisle.insights")
public record InsightsProperties(@Positive Integer horizonDays) {

    public InsightsProperties {
        horizonDays = horizonDays == null ? 90 : horizonDays;
    }

    public Duration horizon() {
        return Duration.ofDays(horizonDays);
    }
}
