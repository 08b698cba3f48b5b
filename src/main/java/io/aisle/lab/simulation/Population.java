package io.aisle.lab.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How customers differ: the distributions their traits are drawn from at sign-up.
 *
 * @param sessionShape shape of the gamma distribution of engaged visits per day
 * @param sessionScale its scale (mean = shape × scale)
 * @param checkoutA first parameter of the beta distribution of the checkout probability per visit
 * @param checkoutB its second parameter
 * @param priceAffinitySpread standard deviation of the normal price affinity (mean 0)
 * @param preferenceConcentration Dirichlet concentration of each category; below 1 makes most customers
 *     favour one or two categories
 * @param cancelProbability chance that an order is cancelled after checkout
 */
public record Population(
        double sessionShape,
        double sessionScale,
        double checkoutA,
        double checkoutB,
        double priceAffinitySpread,
        double preferenceConcentration,
        double cancelProbability) {

    /** About one visit a week while engaged, one visit in five ends in an order, 4 % of orders cancelled. */
    public static final Population DEFAULT = new Population(1.5, 0.1, 2, 8, 0.4, 0.6, 0.04);

    SimulatedCustomer draw(long id, LocalDate signupDate, RandomDraws draws) {
        double sessionRate = draws.gamma(sessionShape, sessionScale);
        double checkout = draws.beta(checkoutA, checkoutB);
        double priceAffinity = priceAffinitySpread * draws.normal();
        List<Double> weights = new ArrayList<>();
        double total = 0;
        for (int c = 0; c < Catalog.CATEGORIES.size(); c++) {
            double weight = draws.gamma(preferenceConcentration, 1);
            weights.add(weight);
            total += weight;
        }
        List<Double> preferences = new ArrayList<>();
        for (double weight : weights) {
            preferences.add(weight / total);
        }
        return new SimulatedCustomer(id, signupDate, sessionRate, checkout, priceAffinity, preferences);
    }
}
