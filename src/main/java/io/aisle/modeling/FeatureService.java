package io.aisle.modeling;

import io.aisle.ordering.CustomerPurchases;
import io.aisle.ordering.PurchaseHistory;
import io.aisle.returns.CustomerReturns;
import io.aisle.returns.ReturnHistory;
import io.aisle.tracking.BehaviorSummaries;
import io.aisle.tracking.BehaviorSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The models' features as of a cutoff: ordering's purchase histories, tracking's behaviour summaries and
 * the returns module's returns, joined by user id here with the classic model's forecasts
 * ({@link BaselineFeatures}), since insights may not read those modules' tables itself.
 */
@Service
public class FeatureService {

    private final PurchaseHistory purchases;
    private final BehaviorSummaries behavior;
    private final ReturnHistory returns;
    private final BaselineFeatures baseline;
    private final Duration horizon;

    FeatureService(PurchaseHistory purchases, BehaviorSummaries behavior, ReturnHistory returns,
            BaselineFeatures baseline, ModelingProperties properties) {
        this.purchases = purchases;
        this.behavior = behavior;
        this.returns = returns;
        this.baseline = baseline;
        this.horizon = properties.horizon();
    }

    /**
     * One row per customer with an order or an event before the cutoff, by user id. A customer known to
     * only one side has zeros for the other side's features.
     */
    public List<CustomerFeatures> featuresAsOf(Instant cutoff) {
        return featuresAsOf(cutoff, horizon);
    }

    /** Like {@link #featuresAsOf(Instant)}, with the baseline's forecasts over this horizon instead of H. */
    public List<CustomerFeatures> featuresAsOf(Instant cutoff, Duration horizon) {
        return join(purchases.asOf(cutoff), behavior.asOf(cutoff), returns.asOf(cutoff),
                baseline.asOf(cutoff, null, horizon));
    }

    /** Like {@link #featuresAsOf(Instant)}, for these customers only: the SQL reads only their rows. */
    public List<CustomerFeatures> featuresAsOf(Instant cutoff, Collection<Long> userIds) {
        return featuresAsOf(cutoff, userIds, horizon);
    }

    /** Like {@link #featuresAsOf(Instant, Collection)}, with the baseline's forecasts over this horizon. */
    public List<CustomerFeatures> featuresAsOf(Instant cutoff, Collection<Long> userIds, Duration horizon) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return join(purchases.asOf(cutoff, userIds), behavior.asOf(cutoff, userIds), returns.asOf(cutoff, userIds),
                baseline.asOf(cutoff, userIds, horizon));
    }

    private static List<CustomerFeatures> join(List<CustomerPurchases> purchaseRows, List<BehaviorSummary> eventRows,
            List<CustomerReturns> returnRows, Map<Long, BaselineFeatures.Forecast> forecasts) {
        // a return needs an order, so a customer with returns is among those with orders
        Map<Long, CustomerReturns> returned = returnRows.stream()
                .collect(Collectors.toMap(CustomerReturns::userId, Function.identity()));
        Map<Long, CustomerPurchases> orders = purchaseRows.stream()
                .collect(Collectors.toMap(CustomerPurchases::userId, Function.identity()));
        Map<Long, BehaviorSummary> events = eventRows.stream()
                .collect(Collectors.toMap(BehaviorSummary::userId, Function.identity()));
        TreeSet<Long> customers = new TreeSet<>(orders.keySet());
        customers.addAll(events.keySet());
        return customers.stream()
                .map(id -> CustomerFeatures.of(id, orders.get(id), events.get(id), returned.get(id), forecasts.get(id)))
                .toList();
    }
}
