package io.aisle.lab.simulation;

import java.time.LocalDate;
import java.util.List;

/**
 * A simulated customer with the latent traits that drive their behaviour. A learned model sees only the
 * id, the sign-up date and the history; the traits are here so the ground truth can be checked.
 *
 * @param sessionRate visits per day while engaged
 * @param checkoutProbability chance that a visit ends in a checkout
 * @param priceAffinity exponent on price when choosing a product within a category: 0 picks uniformly,
 *     positive leans to expensive products (this is the customer's spend level)
 * @param categoryPreferences probabilities over {@link Catalog#CATEGORIES}, in that order
 */
public record SimulatedCustomer(
        long id,
        LocalDate signupDate,
        double sessionRate,
        double checkoutProbability,
        double priceAffinity,
        List<Double> categoryPreferences) {

    public SimulatedCustomer {
        categoryPreferences = List.copyOf(categoryPreferences);
    }
}
