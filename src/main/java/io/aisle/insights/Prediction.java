package io.aisle.insights;

import java.math.BigDecimal;

/**
 * What the active models say about one customer's next H days: the churn probability and its band, the
 * predicted spend (never below zero) and its band, and which models said it.
 */
public record Prediction(double churnProbability, RiskBand risk, BigDecimal predictedSpend, ValueBand value,
        long churnModelId, long spendModelId) {}
