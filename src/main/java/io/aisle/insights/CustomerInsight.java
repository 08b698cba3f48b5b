package io.aisle.insights;

import java.time.Instant;
import java.util.List;

/**
 * One customer as the models see them now. A customer who has never bought is not scored ({@code scored}
 * false, with the reason): both models are about existing customers (docs/ml.md).
 */
public record CustomerInsight(long userId, boolean scored, String reason, Prediction prediction,
        List<FeatureContribution> churnDrivers, List<FeatureContribution> spendDrivers, Instant asOf) {}
