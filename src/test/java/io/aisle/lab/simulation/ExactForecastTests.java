package io.aisle.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactForecastTests {

    private static final SimulatedCustomer CUSTOMER =
            new SimulatedCustomer(1, LocalDate.of(2025, 1, 1), 0.2, 0.25, 0, List.of(0.2, 0.2, 0.2, 0.2, 0.2));
    private static final Shopper SHOPPER = new Shopper(CUSTOMER, Catalog.sample());

    @Test
    void aCustomerWhoNeverLapsesChurnsAtThePoissonZeroProbability() {
        EngagementChain forever = new EngagementChain(0, 0, 0, 0, 0.3, 0);
        GroundTruth truth = new ExactForecast(forever, 0.1, 90).at(SHOPPER, Engagement.ENGAGED);

        double dailyPurchases = 0.2 * 0.25 * 0.9;
        assertThat(truth.churnProbability()).isCloseTo(Math.exp(-90 * dailyPurchases), offset(1e-12));
        assertThat(truth.expectedSpend()).isCloseTo(90 * dailyPurchases * SHOPPER.expectedOrderValue(), offset(1e-9));
    }

    @Test
    void aDormantCustomerWhoCannotRecoverSurelyChurnsAndSpendsNothing() {
        EngagementChain absorbing = new EngagementChain(0.01, 0.02, 0.03, 0, 0.3, 0);
        GroundTruth truth = new ExactForecast(absorbing, 0.04, 90).at(SHOPPER, Engagement.DORMANT);

        assertThat(truth.churnProbability()).isEqualTo(1.0);
        assertThat(truth.expectedSpend()).isZero();
    }

    @Test
    void engagedCustomersAreLessLikelyToChurnThanLapsingOnesAndThoseThanDormantOnes() {
        ExactForecast forecast = new ExactForecast(EngagementChain.DEFAULT, 0.04, 90);

        double engaged = forecast.at(SHOPPER, Engagement.ENGAGED).churnProbability();
        double lapsing = forecast.at(SHOPPER, Engagement.LAPSING).churnProbability();
        double dormant = forecast.at(SHOPPER, Engagement.DORMANT).churnProbability();

        assertThat(engaged).isLessThan(lapsing);
        assertThat(lapsing).isLessThan(dormant);
        assertThat(dormant).isLessThan(1.0);
    }

    @Test
    void expectedOrderValueIsTheMeanCatalogPriceTimesMeanLinesAndQuantityForAUniformChooser() {
        double meanPrice = Catalog.sample().byCategory().stream()
                .mapToDouble(products -> products.stream().mapToDouble(p -> p.price().doubleValue()).average().orElseThrow())
                .average().orElseThrow();

        assertThat(SHOPPER.expectedOrderValue()).isCloseTo(meanPrice * 1.5 * 1.18, offset(1e-9));
    }
}
