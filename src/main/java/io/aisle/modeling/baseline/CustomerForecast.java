package io.aisle.modeling.baseline;

/**
 * What the baseline expects of one customer over a horizon H after the cutoff.
 *
 * @param expectedPurchases expected number of purchases in H
 * @param probabilityAlive probability that the customer has not dropped out by the cutoff
 * @param churnProbability probability of no purchase at all in H. Not 1 - probabilityAlive: a customer
 *     who is still alive may simply not buy within H
 * @param expectedSpend expected purchases times the expected spend per purchase, undiscounted
 */
public record CustomerForecast(double expectedPurchases, double probabilityAlive, double churnProbability,
        double expectedSpend) {
}
