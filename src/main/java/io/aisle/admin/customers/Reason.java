package io.aisle.admin.customers;

import io.aisle.insights.FeatureContribution;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One of the reasons behind a prediction, in words: what the customer did ({@link FeatureSentences}) and
 * which way it moved the answer. {@code favourable} is true when it raises the chance of buying again, or
 * the expected spend.
 */
record Reason(String feature, String text, String effect, boolean favourable) {

    /** A churn driver: a positive contribution raises the churn risk, so lowers the chance of buying again. */
    static Reason ofChurn(FeatureContribution driver, Map<String, Double> features) {
        boolean favourable = driver.contribution() < 0;
        String points = String.format(Locale.ENGLISH, "%.1f", Math.abs(driver.contribution()) * 100);
        return new Reason(driver.feature(), FeatureSentences.of(driver.feature(), driver.value(), features),
                (favourable ? "makes buying again more likely (+" : "makes buying again less likely (−") + points
                        + " points)", favourable);
    }

    /** A spend driver, in dollars of the expected spend. */
    static Reason ofSpend(FeatureContribution driver, Map<String, Double> features) {
        boolean favourable = driver.contribution() > 0;
        String amount = FeatureSentences.money(Math.abs(driver.contribution()));
        return new Reason(driver.feature(), FeatureSentences.of(driver.feature(), driver.value(), features),
                favourable ? "adds " + amount + " to the expected spend" : "takes " + amount + " off the expected spend",
                favourable);
    }

    static List<Reason> churn(List<FeatureContribution> drivers, Map<String, Double> features, int top) {
        return drivers.stream().limit(top).map(d -> ofChurn(d, features)).toList();
    }

    static List<Reason> spend(List<FeatureContribution> drivers, Map<String, Double> features, int top) {
        return drivers.stream().limit(top).map(d -> ofSpend(d, features)).toList();
    }
}
