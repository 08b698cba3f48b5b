package io.aisle.insights;

import java.math.BigDecimal;
import java.time.Instant;

/** A customer's stored score from the latest scoring run (for ranked lists and the admin's customer table). */
public record CustomerScore(long userId, double churnProbability, RiskBand risk, BigDecimal predictedSpend,
        ValueBand value, long churnModelId, long spendModelId, Instant scoredAt) {}
