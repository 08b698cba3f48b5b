package io.aisle.modeling.baseline;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.List;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee, JMR 2005; Fader and Hardie,
 * "The Gamma-Gamma Model of Monetary Value", 2013). A customer's transaction values are Gamma(shape p,
 * rate ν); across customers ν ~ Gamma(shape q, rate γ). It assumes spend is independent of how often
 * a customer buys, which is what lets it be multiplied with BG/NBD's expected purchases.
 */
public record GammaGammaModel(double p, double q, double gamma) {

    public GammaGammaModel {
        for (double parameter : new double[] {p, q, gamma}) {
            if (!(parameter > 0 && Double.isFinite(parameter))) {
                throw new IllegalArgumentException("Gamma-Gamma parameters must be positive and finite: " + parameter);
            }
        }
    }

    /**
     * Maximum-likelihood fit to the customers with repeat purchases, the only ones with a mean repeat
     * spend. Customers whose repeat purchases were all free are left out too: a zero mean is outside the
     * gamma distribution's support.
     */
    public static GammaGammaModel fit(List<CustomerSummary> customers) {
        List<CustomerSummary> spenders = customers.stream().filter(GammaGammaModel::informs).toList();
        if (spenders.isEmpty()) {
            throw new IllegalArgumentException("cannot fit Gamma-Gamma without customers who bought again");
        }
        double[] fitted = LogParameterFit.maximize(
                parameters -> new GammaGammaModel(parameters[0], parameters[1], parameters[2]).logLikelihood(spenders),
                1, 1, 1);
        return new GammaGammaModel(fitted[0], fitted[1], fitted[2]);
    }

    /** Log-likelihood of the mean repeat spends of the customers with x &gt; 0 (others carry no information). */
    public double logLikelihood(List<CustomerSummary> customers) {
        double sum = 0;
        for (CustomerSummary customer : customers) {
            if (informs(customer)) {
                // the density of the mean of x Gamma(p, ν) values, with ν integrated over Gamma(q, γ)
                double x = customer.frequency();
                double mean = customer.monetaryValue();
                sum += logGamma(p * x + q) - logGamma(p * x) - logGamma(q) + q * Math.log(gamma)
                        + (p * x - 1) * Math.log(mean) + p * x * Math.log(x) - (p * x + q) * Math.log(gamma + x * mean);
            }
        }
        return sum;
    }

    /**
     * E[Z | x, z̄]: the expected spend per future transaction. A weighted average of the population mean
     * and the customer's own mean, the latter counting more the more repeat purchases there are; for
     * x = 0 it is the population mean p γ / (q - 1). Infinite when that mean does not exist (q &lt;= 1 with
     * no repeat purchases).
     */
    public double expectedAverageSpend(CustomerSummary customer) {
        int x = customer.frequency();
        if (x == 0) {
            return populationMeanSpend();
        }
        double denominator = p * x + q - 1;
        return denominator > 0 ? p * (gamma + x * customer.monetaryValue()) / denominator : Double.POSITIVE_INFINITY;
    }

    /** E[Z] = p γ / (q - 1), the mean spend per transaction across customers; infinite for q &lt;= 1. */
    public double populationMeanSpend() {
        return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
    }

    private static boolean informs(CustomerSummary customer) {
        return customer.frequency() > 0 && customer.monetaryValue() > 0;
    }
}
