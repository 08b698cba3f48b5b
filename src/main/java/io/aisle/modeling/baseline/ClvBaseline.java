package io.aisle.modeling.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classic baseline for churn and next-period spend: BG/NBD for how many purchases and whether a
 * customer is still around, Gamma-Gamma for what each purchase is worth.
 *
 * <p>The horizon is in the time unit of the summaries the models were fitted on.
 */
public record ClvBaseline(BgNbdModel purchases, GammaGammaModel spend) {

    /** Fits both models to the same customers, as summarised at the calibration cutoff. */
    public static ClvBaseline fit(List<CustomerSummary> customers) {
        return new ClvBaseline(BgNbdModel.fit(customers), GammaGammaModel.fit(customers));
    }

    /** The forecast for one customer over the {@code horizon} after the cutoff. */
    public CustomerForecast forecast(CustomerSummary customer, double horizon) {
        double expectedPurchases = purchases.expectedPurchases(customer, horizon);
        return new CustomerForecast(
                expectedPurchases,
                purchases.probabilityAlive(customer),
                purchases.probabilityOfNoPurchase(customer, horizon),
                expectedPurchases * spend.expectedAverageSpend(customer));
    }

    /** Forecasts for many customers, keyed and ordered as given. */
    public <K> Map<K, CustomerForecast> forecast(Map<K, CustomerSummary> customers, double horizon) {
        Map<K, CustomerForecast> forecasts = new LinkedHashMap<>();
        customers.forEach((key, customer) -> forecasts.put(key, forecast(customer, horizon)));
        return forecasts;
    }
}
