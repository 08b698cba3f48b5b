package io.aisle.insights;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer as the models see them now. A customer who has never bought is not scored ({@code scored}
 * false, with the reason): both models are about existing customers (docs/ml.md).
 *
 * @param features every feature value the models were given, by name (in the order of {@link CustomerFeatures#NAMES}; empty when not scored), so that a
 *        driver can be put in words next to the others (a recency against the customer's usual gap)
 */
public record CustomerInsight(long userId, boolean scored, String reason, Prediction prediction,
        List<FeatureContribution> churnDrivers, List<FeatureContribution> spendDrivers, Map<String, Double> features,
        Instant asOf) {

    public CustomerInsight {
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }
}
