package io.aisle.modeling;

import io.aisle.modeling.baseline.ClvBaseline;
import io.aisle.modeling.baseline.CustomerForecast;
import io.aisle.modeling.baseline.CustomerSummary;
import io.aisle.modeling.baseline.Purchase;
import io.aisle.ordering.PastOrder;
import io.aisle.ordering.PurchaseHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * BG/NBD and Gamma-Gamma's forecasts as features: the classic model's view of each customer, which the
 * learned models can use and improve on. The parameters are fitted on what was known before the cutoff's UTC
 * day (every customer's live orders, one transaction per purchase day, in days; a sample of
 * {@value #SAMPLE} customers when there are more, which pins four population parameters well enough), so no
 * outcome leaks in; each customer's summary is as of the cutoff itself. A day's fit is kept, so the
 * predictions of one day (cutoff "now") fit once.
 */
@Component
class BaselineFeatures {

    static final int SAMPLE = 5_000;
    private static final int MINIMUM_CUSTOMERS = 20;
    private static final int KEPT_FITS = 16;

    private final PurchaseHistory purchases;
    private final Map<Instant, Optional<ClvBaseline>> fits = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Instant, Optional<ClvBaseline>> eldest) {
            return size() > KEPT_FITS;
        }
    };

    BaselineFeatures(PurchaseHistory purchases) {
        this.purchases = purchases;
    }

    /** A customer's forecast over the horizon: P(no purchase), expected purchases and spend. */
    record Forecast(double noPurchase, double purchases, double spend) {
        static final Forecast NONE = new Forecast(0, 0, 0);
    }

    /** The forecasts over the horizon of these customers (all customers when null) at the cutoff, by user id. */
    Map<Long, Forecast> asOf(Instant cutoff, Collection<Long> userIds, Duration horizon) {
        double horizonDays = horizon.toSeconds() / 86_400.0;
        Instant day = cutoff.truncatedTo(ChronoUnit.DAYS);
        List<PastOrder> orders = userIds == null ? purchases.liveOrdersBefore(cutoff)
                : purchases.liveOrdersBefore(cutoff, userIds);
        Optional<ClvBaseline> baseline = fit(day, day.equals(cutoff) && userIds == null ? orders : null);
        Map<Long, Forecast> forecasts = new LinkedHashMap<>();
        summaries(orders, cutoff).forEach((userId, summary) -> forecasts.put(userId, baseline
                .map(b -> forecast(b.forecast(summary, horizonDays))).orElse(Forecast.NONE)));
        return forecasts;
    }

    private synchronized Optional<ClvBaseline> fit(Instant day, List<PastOrder> knownOrders) {
        return fits.computeIfAbsent(day, d -> {
            List<CustomerSummary> sample = summaries(knownOrders != null ? knownOrders : purchases.liveOrdersBefore(d), d)
                    .entrySet().stream()
                    // a fixed pseudo-random order of the ids, so a sample is repeatable
                    .sorted(Comparator.comparingLong(e -> Long.reverse(e.getKey() * 0x9E3779B97F4A7C15L)))
                    .limit(SAMPLE).map(Map.Entry::getValue).toList();
            if (sample.size() < MINIMUM_CUSTOMERS) {
                return Optional.empty();
            }
            try {
                return Optional.of(ClvBaseline.fit(sample));
            } catch (RuntimeException e) {
                // a degenerate population (say everyone bought once) has no maximum; the features stay 0
                return Optional.empty();
            }
        });
    }

    private static Forecast forecast(CustomerForecast f) {
        return new Forecast(finite(f.churnProbability()), finite(f.expectedPurchases()), finite(f.expectedSpend()));
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? Math.max(0, value) : 0;
    }

    /**
     * Each customer's summary at the cutoff as the classic models see it: their live orders before it, one
     * transaction per UTC purchase day (worth the day's order totals), times in days.
     */
    static Map<Long, CustomerSummary> summaries(List<PastOrder> orders, Instant cutoff) {
        Map<Long, List<Purchase>> byCustomer = orders.stream()
                .collect(Collectors.groupingBy(PastOrder::userId, LinkedHashMap::new, Collectors.mapping(
                        o -> new Purchase(LocalDate.ofInstant(o.placedAt(), ZoneOffset.UTC), o.total().doubleValue()),
                        Collectors.toList())));
        LocalDate day = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
        Map<Long, CustomerSummary> summaries = new LinkedHashMap<>();
        byCustomer.forEach((userId, list) -> CustomerSummary.atCutoff(list, day, ChronoUnit.DAYS)
                .ifPresent(summary -> summaries.put(userId, summary)));
        return summaries;
    }
}
