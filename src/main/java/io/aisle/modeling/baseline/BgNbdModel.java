package io.aisle.modeling.baseline;

import static org.apache.commons.math3.special.Beta.logBeta;
import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.Arrays;
import java.util.List;

/**
 * The BG/NBD model of repeat buying (Fader, Hardie and Lee, Marketing Science 2005). While alive, a
 * customer buys as a Poisson process with rate λ; after each repeat purchase they drop out for good with
 * probability p. Across customers λ ~ Gamma(shape r, rate α) and p ~ Beta(a, b).
 *
 * <p>α is in the time unit of the summaries it was fitted on, and every {@code t} given to this model
 * must be in that unit too.
 */
public record BgNbdModel(double r, double alpha, double a, double b) {

    public BgNbdModel {
        for (double parameter : new double[] {r, alpha, a, b}) {
            if (!(parameter > 0 && Double.isFinite(parameter))) {
                throw new IllegalArgumentException("BG/NBD parameters must be positive and finite: " + parameter);
            }
        }
    }

    /** Maximum-likelihood fit to a customer base (at least one customer; repeat buyers make it meaningful). */
    public static BgNbdModel fit(List<CustomerSummary> customers) {
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("cannot fit BG/NBD to no customers");
        }
        double[] fitted = LogParameterFit.maximize(
                parameters -> new BgNbdModel(parameters[0], parameters[1], parameters[2], parameters[3])
                        .logLikelihood(customers),
                1, 1, 1, 1);
        return new BgNbdModel(fitted[0], fitted[1], fitted[2], fitted[3]);
    }

    /** Log-likelihood of the customers' (x, t<sub>x</sub>, T), equation (6) of the paper taken in logs. */
    public double logLikelihood(List<CustomerSummary> customers) {
        int maxFrequency = customers.stream().mapToInt(CustomerSummary::frequency).max().orElse(0);
        // the gamma and beta terms depend on x alone, and there are few distinct x
        double[] byFrequency = new double[maxFrequency + 1];
        Arrays.fill(byFrequency, Double.NaN);
        double sum = 0;
        for (CustomerSummary customer : customers) {
            int x = customer.frequency();
            if (Double.isNaN(byFrequency[x])) {
                byFrequency[x] = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + logBeta(a, b + x) - logBeta(a, b);
            }
            double aliveAtT = -(r + x) * Math.log(alpha + customer.age());
            sum += byFrequency[x] + (x == 0 ? aliveAtT : logSumExp(aliveAtT, logDroppedOutAfterLastPurchase(customer)));
        }
        return sum;
    }

    /** P(alive at T | x, t<sub>x</sub>, T); 1 for a customer with no repeat purchase, who cannot have dropped out. */
    public double probabilityAlive(CustomerSummary customer) {
        if (customer.frequency() == 0) {
            return 1;
        }
        double logOddsDropped = logDroppedOutAfterLastPurchase(customer) + (r + customer.frequency()) * Math.log(alpha + customer.age());
        return 1 / (1 + Math.exp(logOddsDropped));
    }

    /**
     * E[Y(t) | x, t<sub>x</sub>, T]: expected repeat purchases in the next {@code t}, equation (10) of the
     * paper. For a customer whose age is 0 (just acquired) it is the paper's E[X(t)], equation (9).
     *
     * @throws ArithmeticException for a horizon so long (some ten thousand times α + T) that the series of
     *     2F1 at z = t / (α + T + t) cannot converge; no customer-value horizon comes near
     */
    public double expectedPurchases(CustomerSummary customer, double t) {
        requireHorizon(t);
        if (t == 0) {
            return 0;
        }
        int x = customer.frequency();
        double c = a + b + x - 1;
        double z = t / (alpha + customer.age() + t);
        double logOneMinusZ = Math.log((alpha + customer.age()) / (alpha + customer.age() + t));
        // (1-z)^(r+x) 2F1 in logs: 2F1 alone overflows for frequent buyers over long horizons
        double weightedSeries = c > 0
                ? Math.exp(GaussHypergeometric.logValue(r + x, b + x, c, z) + (r + x) * logOneMinusZ)
                : GaussHypergeometric.value(r + x, b + x, c, z) * Math.exp((r + x) * logOneMinusZ);
        double expectedIfAlive = c / (a - 1) * (1 - weightedSeries);
        return expectedIfAlive * probabilityAlive(customer);
    }

    /**
     * P(Y(t) = 0 | x, t<sub>x</sub>, T): the probability of no purchase at all in the next {@code t}.
     *
     * <p>Exact closed form, derived from the model rather than approximated. Given (λ, p), the joint
     * likelihood of the history and of no purchase in (T, T + t] is the paper's individual likelihood with
     * its alive-at-T term λ<sup>x</sup>(1-p)<sup>x</sup>e<sup>-λT</sup> replaced by
     * λ<sup>x</sup>(1-p)<sup>x</sup>e<sup>-λ(T+t)</sup>: a customer who is dead stays silent, and one who is
     * alive can only drop out right after a purchase, so staying silent is just no Poisson event in t, with
     * probability e<sup>-λt</sup>. Integrating over the Gamma
     * and Beta mixing distributions as in the paper's appendix and dividing by the likelihood gives
     *
     * <pre>1 - P(alive) (1 - ((α + T) / (α + T + t))^(r + x))</pre>
     *
     * The last factor is E[e<sup>-λt</sup>] under the posterior of λ of an alive customer, Gamma(r + x,
     * α + T); plugging in a point estimate of λ instead would understate the probability (Jensen), which the
     * tests show against a simulation.
     */
    public double probabilityOfNoPurchase(CustomerSummary customer, double t) {
        requireHorizon(t);
        double ageScaled = (alpha + customer.age()) / (alpha + customer.age() + t);
        double silentIfAlive = Math.exp((r + customer.frequency()) * Math.log(ageScaled));
        return 1 - probabilityAlive(customer) * (1 - silentIfAlive);
    }

    /**
     * ln[a / (b + x - 1) (α + t<sub>x</sub>)<sup>-(r+x)</sup>]: the likelihood of having dropped out right
     * after the last purchase, over the factors it shares with the likelihood of being alive at T.
     */
    private double logDroppedOutAfterLastPurchase(CustomerSummary customer) {
        int x = customer.frequency();
        return Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + customer.recency());
    }

    private static double logSumExp(double u, double v) {
        double max = Math.max(u, v);
        return max + Math.log1p(Math.exp(Math.min(u, v) - max));
    }

    private static void requireHorizon(double t) {
        if (!(t >= 0 && Double.isFinite(t))) {
            throw new IllegalArgumentException("the horizon must be finite and not negative: " + t);
        }
    }
}
