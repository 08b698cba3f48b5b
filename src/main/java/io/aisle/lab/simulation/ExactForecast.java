package io.aisle.lab.simulation;

/**
 * The ground truth by backward recursion over the engagement chain, exact up to rounding. On a day in
 * state s a customer places purchases (orders not cancelled) as a Poisson count with mean
 * r<sub>s</sub> = visit rate × activity(s) × checkout probability × (1 − cancel probability), by
 * thinning the Poisson visits; each purchase is worth the customer's expected order value v on average,
 * independent of the count. With f<sub>k</sub>(s) the chance of no purchase in k days from state s and
 * g<sub>k</sub>(s) the expected spend:
 * <pre>
 *   f<sub>k</sub>(s) = e<sup>−r<sub>s</sub></sup> Σ<sub>t</sub> P(s,t) f<sub>k−1</sub>(t),   f<sub>0</sub> = 1
 *   g<sub>k</sub>(s) = r<sub>s</sub> v + Σ<sub>t</sub> P(s,t) g<sub>k−1</sub>(t),          g<sub>0</sub> = 0
 * </pre>
 */
record ExactForecast(EngagementChain chain, double cancelProbability, int horizonDays) {

    GroundTruth at(Shopper shopper, Engagement state) {
        SimulatedCustomer customer = shopper.customer();
        Engagement[] states = Engagement.values();
        double[] purchaseRate = new double[states.length];
        for (Engagement s : states) {
            purchaseRate[s.ordinal()] = customer.sessionRate() * chain.activity(s)
                    * customer.checkoutProbability() * (1 - cancelProbability);
        }
        double[] noPurchase = {1, 1, 1};
        double[] spend = {0, 0, 0};
        for (int k = 0; k < horizonDays; k++) {
            double[] nextNoPurchase = new double[states.length];
            double[] nextSpend = new double[states.length];
            for (Engagement s : states) {
                double survive = 0;
                double later = 0;
                for (Engagement t : states) {
                    double p = chain.probability(s, t);
                    survive += p * noPurchase[t.ordinal()];
                    later += p * spend[t.ordinal()];
                }
                int i = s.ordinal();
                nextNoPurchase[i] = Math.exp(-purchaseRate[i]) * survive;
                nextSpend[i] = purchaseRate[i] * shopper.expectedOrderValue() + later;
            }
            noPurchase = nextNoPurchase;
            spend = nextSpend;
        }
        return new GroundTruth(customer.id(), noPurchase[state.ordinal()], spend[state.ordinal()]);
    }
}
