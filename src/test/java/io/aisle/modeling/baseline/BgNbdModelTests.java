package io.aisle.modeling.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

class BgNbdModelTests {

    private static final BgNbdModel FITTED = BgNbdModel.fit(Cdnow.customers());
    private static final double AGE = 38.86;

    @Test
    void reproducesThePublishedCdnowFit() {
        // Fader, Hardie and Lee report r 0.243, alpha 4.414, a 0.793, b 2.426 and LL -9582.4
        assertThat(FITTED.r()).isCloseTo(0.2426, withinPercentage(0.1));
        assertThat(FITTED.alpha()).isCloseTo(4.4135, withinPercentage(0.1));
        assertThat(FITTED.a()).isCloseTo(0.7929, withinPercentage(0.1));
        assertThat(FITTED.b()).isCloseTo(2.4258, withinPercentage(0.1));
        assertThat(FITTED.logLikelihood(Cdnow.customers())).isCloseTo(-9582.43, offset(0.01));
    }

    @Test
    void expectsWhatHardiesSpreadsheetDoesOfTheCustomerWithTwoRepeatPurchases() {
        // the worked example of the paper's Excel implementation, also a test of the lifetimes package
        assertThat(FITTED.expectedPurchases(new CustomerSummary(2, 30.43, 38.86, 0), 39)).isCloseTo(1.226, offset(0.001));
    }

    @Test
    void expectsWhatHardiesSpreadsheetDoesOfANewCustomer() {
        // a customer of age 0 gives the paper's unconditional E[X(t)]
        CustomerSummary justAcquired = new CustomerSummary(0, 0, 0, 0);
        double[] weeks = {0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00};
        double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < weeks.length; i++) {
            assertThat(FITTED.expectedPurchases(justAcquired, weeks[i])).as("t = %s", weeks[i])
                    .isCloseTo(expected[i], offset(0.001));
        }
    }

    @Test
    void isCertainlyAliveWithoutRepeatPurchases() {
        for (double age : new double[] {0, 1, AGE, 500}) {
            assertThat(FITTED.probabilityAlive(new CustomerSummary(0, 0, age, 0))).isEqualTo(1.0);
        }
    }

    @Test
    void thinksAFrequentBuyerLessLikelyAliveTheLongerTheyHaveBeenQuiet() {
        double previous = 1;
        for (double recency : new double[] {AGE, 30, 20, 10}) {
            double alive = FITTED.probabilityAlive(new CustomerSummary(5, recency, AGE, 0));
            assertThat(alive).isLessThan(previous).isPositive();
            previous = alive;
        }
    }

    @Test
    void expectsMorePurchasesOverLongerHorizons() {
        for (CustomerSummary customer : List.of(new CustomerSummary(0, 0, AGE, 0), new CustomerSummary(3, 25, AGE, 0))) {
            double previous = FITTED.expectedPurchases(customer, 0);
            assertThat(previous).isZero();
            for (double t : new double[] {1, 5, 13, 39, 78, 520}) {
                double expected = FITTED.expectedPurchases(customer, t);
                assertThat(expected).isGreaterThan(previous);
                previous = expected;
            }
        }
    }

    @Test
    void expectsMorePurchasesFromMoreFrequentBuyersWhoBoughtRecently() {
        double previous = 0;
        for (int x = 1; x <= 29; x++) {
            double expected = FITTED.expectedPurchases(new CustomerSummary(x, 38, AGE, 0), 39);
            assertThat(expected).isGreaterThan(previous);
            previous = expected;
        }
    }

    @Test
    void expectsFewerPurchasesFromAFrequentBuyerWhoWentQuietLongAgo() {
        // so "more purchases, more expected" needs a recent last purchase: ten purchases and then 34 silent
        // weeks are strong evidence of having dropped out, one purchase and the same silence is not
        double oneThenQuiet = FITTED.expectedPurchases(new CustomerSummary(1, 5, AGE, 0), 39);
        double tenThenQuiet = FITTED.expectedPurchases(new CustomerSummary(10, 5, AGE, 0), 39);
        assertThat(tenThenQuiet).isLessThan(oneThenQuiet / 1000);
    }

    @Test
    void expectsWhatTheIntegralOverTheCustomersPosteriorGives() {
        // an independent route to E[Y(t)]: P(alive) times the mean over p ~ Beta(a, b + x) of an alive
        // customer's expected purchases, (1/p)(1 - ((alpha + T) / (alpha + T + p t))^(r + x))
        List<CustomerSummary> customers = List.of(new CustomerSummary(0, 0, AGE, 0), new CustomerSummary(2, 30.43, AGE, 0),
                new CustomerSummary(7, 35, AGE, 0), new CustomerSummary(29, 38, AGE, 0), new CustomerSummary(4, 12, AGE, 0));
        for (CustomerSummary customer : customers) {
            for (double t : new double[] {1, 39, 520}) {
                assertThat(FITTED.expectedPurchases(customer, t)).as("%s over %s", customer, t)
                        .isCloseTo(integratedExpectation(FITTED, customer, t), withinPercentage(1e-6));
            }
        }
    }

    @Test
    void refusesParametersThatAreNotPositive() {
        assertThatThrownBy(() -> new BgNbdModel(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BgNbdModel(1, 1, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FITTED.expectedPurchases(new CustomerSummary(0, 0, 1, 0), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double integratedExpectation(BgNbdModel model, CustomerSummary customer, double t) {
        int x = customer.frequency();
        double scale = model.alpha() + customer.age();
        double a = model.a();
        double b = model.b() + x;
        // substituting u = p^a removes the Beta density's singularity at p = 0
        double integral = new IterativeLegendreGaussIntegrator(32, 1e-12, 1e-14).integrate(1_000_000, u -> {
            double p = Math.pow(u, 1 / a);
            double expectedIfAlive = p == 0 ? (model.r() + x) * t / scale
                    : -Math.expm1(-(model.r() + x) * Math.log1p(p * t / scale)) / p;
            return expectedIfAlive * Math.pow(1 - p, b - 1);
        }, 0, 1);
        return model.probabilityAlive(customer) * integral / (a * Math.exp(Beta.logBeta(a, b)));
    }
}
