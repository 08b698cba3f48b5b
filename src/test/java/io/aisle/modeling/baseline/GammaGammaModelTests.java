package io.aisle.modeling.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaModelTests {

    private static final GammaGammaModel FITTED = GammaGammaModel.fit(Cdnow.customers());

    @Test
    void reproducesThePublishedCdnowFitOnTheRepeatBuyers() {
        // Fader, Hardie and Lee report p 6.25, q 3.74, gamma 15.44 on the 946 customers with x > 0
        assertThat(Cdnow.customers().stream().filter(customer -> customer.frequency() > 0)).hasSize(946);
        assertThat(FITTED.p()).isCloseTo(6.2488, withinPercentage(0.1));
        assertThat(FITTED.q()).isCloseTo(3.7446, withinPercentage(0.1));
        assertThat(FITTED.gamma()).isCloseTo(15.4477, withinPercentage(0.1));
    }

    @Test
    void learnsNothingFromCustomersWithoutRepeatPurchases() {
        List<CustomerSummary> repeatBuyers = Cdnow.customers().stream().filter(c -> c.frequency() > 0).toList();
        assertThat(FITTED.logLikelihood(Cdnow.customers())).isEqualTo(FITTED.logLikelihood(repeatBuyers));
    }

    @Test
    void expectsThePopulationMeanOfACustomerWithoutRepeatPurchases() {
        double populationMean = FITTED.p() * FITTED.gamma() / (FITTED.q() - 1);
        assertThat(FITTED.populationMeanSpend()).isCloseTo(populationMean, offset(1e-12));
        assertThat(FITTED.expectedAverageSpend(new CustomerSummary(0, 0, 38.86, 0))).isEqualTo(FITTED.populationMeanSpend());
    }

    @Test
    void pullsACustomersOwnMeanTowardsThePopulationMeanLessTheMoreTheyBought() {
        double populationMean = FITTED.populationMeanSpend();
        double once = FITTED.expectedAverageSpend(new CustomerSummary(1, 10, 38.86, 100));
        double tenTimes = FITTED.expectedAverageSpend(new CustomerSummary(10, 30, 38.86, 100));
        assertThat(once).isBetween(populationMean, 100.0);
        assertThat(tenTimes).isBetween(once, 100.0);
        assertThat(FITTED.expectedAverageSpend(new CustomerSummary(3, 30, 38.86, 5))).isBetween(5.0, populationMean);
    }

    @Test
    void hasNoPopulationMeanWhenQIsAtMostOne() {
        assertThat(new GammaGammaModel(6, 0.9, 15).populationMeanSpend()).isInfinite();
    }
}
