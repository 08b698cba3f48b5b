package io.aisle.insights;

/** A customer's churn risk band; the limits are {@link InsightsProperties#riskMedium()} and {@code riskHigh}. */
public enum RiskBand {
    LOW, MEDIUM, HIGH
}
