package io.aisle.modeling.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClvBaselineTests {

    private static final ClvBaseline BASELINE = ClvBaseline.fit(Cdnow.customers());
    private static final double HORIZON = 39;

    @Test
    void fitsBothModelsToTheSameCustomers() {
        assertThat(BASELINE.purchases().r()).isCloseTo(0.2426, offset(0.0005));
        assertThat(BASELINE.spend().p()).isCloseTo(6.249, offset(0.005));
    }

    @Test
    void forecastsSpendAsExpectedPurchasesTimesExpectedSpendPerPurchase() {
        CustomerSummary customer = new CustomerSummary(2, 30.43, 38.86, 22.35);

        CustomerForecast forecast = BASELINE.forecast(customer, HORIZON);

        assertThat(forecast.expectedPurchases()).isCloseTo(1.226, offset(0.001));
        assertThat(forecast.probabilityAlive()).isEqualTo(BASELINE.purchases().probabilityAlive(customer));
        assertThat(forecast.expectedSpend()).isCloseTo(
                forecast.expectedPurchases() * BASELINE.spend().expectedAverageSpend(customer), offset(1e-9));
    }

    @Test
    void seesMoreChurnThanDropoutBecauseAnAliveCustomerMayNotBuyInTheHorizon() {
        for (CustomerSummary customer : Cdnow.customers().subList(0, 200)) {
            CustomerForecast forecast = BASELINE.forecast(customer, HORIZON);
            assertThat(forecast.churnProbability()).isGreaterThan(1 - forecast.probabilityAlive())
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void churnApproachesTheDropoutProbabilityOverAnEndlessHorizon() {
        CustomerSummary customer = new CustomerSummary(4, 20, 38.86, 30);

        assertThat(BASELINE.forecast(customer, 0).churnProbability()).isEqualTo(1.0);
        assertThat(BASELINE.forecast(customer, 10_000).churnProbability())
                .isCloseTo(1 - BASELINE.purchases().probabilityAlive(customer), offset(1e-4));
    }

    @Test
    void forecastsEveryCustomerUnderTheirOwnKeyInTheGivenOrder() {
        Map<String, CustomerSummary> customers = new LinkedHashMap<>();
        customers.put("zoe", new CustomerSummary(0, 0, 38.86, 0));
        customers.put("adam", new CustomerSummary(5, 37, 38.86, 40));

        Map<String, CustomerForecast> forecasts = BASELINE.forecast(customers, HORIZON);

        assertThat(forecasts).containsOnlyKeys("zoe", "adam");
        assertThat(forecasts.keySet()).containsExactly("zoe", "adam");
        assertThat(forecasts.get("adam")).isEqualTo(BASELINE.forecast(customers.get("adam"), HORIZON));
    }
}
