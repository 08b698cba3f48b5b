package io.aisle.modeling.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Checks the conditional predictions against the process they claim to describe: a seeded cohort simulated
 * from the CDNOW model through the calibration period and a 39-week horizon, grouped by history.
 *
 * <p>Each group is a frequency and a window of recencies. Averaging the model's prediction over each
 * simulated customer's own recency makes the comparison exact whatever the window's width: the windows only
 * keep the groups distinct, and tolerances are four standard errors of the simulated mean.
 */
class BgNbdSimulationTests {

    private static final BgNbdModel MODEL = Cdnow.PUBLISHED_BG_NBD;
    private static final double AGE = 38.86;
    private static final double HORIZON = 39;
    private static final List<History> HISTORIES = List.of(new History(0, 0, 0), new History(1, 30, 34),
            new History(2, 28, 33), new History(4, 10, 20), new History(7, 33, AGE));
    private static final List<SimulatedCustomer> COHORT = simulate(500_000, new Well19937c(20050301));

    @Test
    void noPurchaseProbabilityMatchesTheSimulatedCohort() {
        for (History history : HISTORIES) {
            List<SimulatedCustomer> group = history.membersOf(COHORT);
            double observed = mean(group, customer -> customer.purchasesInHorizon() == 0 ? 1 : 0);
            double predicted = mean(group, customer -> MODEL.probabilityOfNoPurchase(customer.history(), HORIZON));
            assertThat(group).hasSizeGreaterThan(2000);
            assertThat(predicted).as("%s", history).isCloseTo(observed, offset(4 * standardError(group, observed)));
        }
    }

    @Test
    void expectedPurchasesMatchTheSimulatedCohort() {
        for (History history : HISTORIES) {
            List<SimulatedCustomer> group = history.membersOf(COHORT);
            double observed = mean(group, SimulatedCustomer::purchasesInHorizon);
            double predicted = mean(group, customer -> MODEL.expectedPurchases(customer.history(), HORIZON));
            double variance = mean(group, customer -> Math.pow(customer.purchasesInHorizon() - observed, 2));
            assertThat(predicted).as("%s", history).isCloseTo(observed, offset(4 * Math.sqrt(variance / group.size())));
        }
    }

    @Test
    void pluggingInTheMeanPurchaseRateWouldMissTheSimulatedNoPurchaseProbability() {
        // 1 - P(alive)(1 - exp(-E[lambda] t)) ignores the spread of lambda; for the one-time buyers it is
        // off by dozens of standard errors, which is why the exact form is used
        List<SimulatedCustomer> oneTimeBuyers = HISTORIES.get(0).membersOf(COHORT);
        double observed = mean(oneTimeBuyers, customer -> customer.purchasesInHorizon() == 0 ? 1 : 0);
        double meanRate = MODEL.r() / (MODEL.alpha() + AGE);
        double plugIn = Math.exp(-meanRate * HORIZON);
        assertThat(Math.abs(plugIn - observed)).isGreaterThan(20 * standardError(oneTimeBuyers, observed));
    }

    /** Repeat purchases x, with the last one between two weeks (0 and 0 for x = 0). */
    private record History(int frequency, double fromRecency, double toRecency) {

        List<SimulatedCustomer> membersOf(List<SimulatedCustomer> cohort) {
            return cohort.stream().filter(customer -> customer.history().frequency() == frequency
                    && customer.history().recency() >= fromRecency && customer.history().recency() <= toRecency).toList();
        }
    }

    private record SimulatedCustomer(CustomerSummary history, int purchasesInHorizon) {
    }

    /** Customers born together at week 0, keeping those whose history falls in one of the groups. */
    private static List<SimulatedCustomer> simulate(int size, RandomGenerator random) {
        GammaDistribution rates = new GammaDistribution(random, MODEL.r(), 1 / MODEL.alpha());
        BetaDistribution dropouts = new BetaDistribution(random, MODEL.a(), MODEL.b());
        List<SimulatedCustomer> cohort = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            SimulatedCustomer customer = simulateOne(rates.sample(), dropouts.sample(), random);
            if (HISTORIES.stream().anyMatch(history -> !history.membersOf(List.of(customer)).isEmpty())) {
                cohort.add(customer);
            }
        }
        return cohort;
    }

    /** Poisson purchases at rate lambda; after each one the customer drops out for good with probability p. */
    private static SimulatedCustomer simulateOne(double lambda, double p, RandomGenerator random) {
        int repeats = 0;
        double lastRepeat = 0;
        int inHorizon = 0;
        double time = -Math.log(random.nextDouble()) / lambda;
        while (time <= AGE + HORIZON) {
            if (time <= AGE) {
                repeats++;
                lastRepeat = time;
            } else {
                inHorizon++;
            }
            if (random.nextDouble() < p) {
                break;
            }
            time += -Math.log(random.nextDouble()) / lambda;
        }
        return new SimulatedCustomer(new CustomerSummary(repeats, lastRepeat, AGE, 0), inHorizon);
    }

    private static double mean(List<SimulatedCustomer> group, ToDoubleFunction<SimulatedCustomer> value) {
        return group.stream().mapToDouble(value).average().orElseThrow();
    }

    private static double standardError(List<SimulatedCustomer> group, double proportion) {
        return Math.sqrt(proportion * (1 - proportion) / group.size());
    }
}
