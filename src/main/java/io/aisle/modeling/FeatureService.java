package io.aisle.modeling;

import io.aisle.ordering.CustomerPurchases;
import io.aisle.ordering.PurchaseHistory;
import io.aisle.tracking.BehaviorSummaries;
import io.aisle.tracking.BehaviorSummary;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The models' features as of a cutoff: ordering's purchase histories and tracking's behaviour summaries,
 * joined by user id here, since insights may not read those modules' tables itself.
 */
@Service
public class FeatureService {

    private final PurchaseHistory purchases;
    private final BehaviorSummaries behavior;

    FeatureService(PurchaseHistory purchases, BehaviorSummaries behavior) {
        this.purchases = purchases;
        this.behavior = behavior;
    }

    /**
     * One row per customer with an order or an event before the cutoff, by user id. A customer known to
     * only one side has zeros for the other side's features.
     */
    public List<CustomerFeatures> featuresAsOf(Instant cutoff) {
        return join(purchases.asOf(cutoff), behavior.asOf(cutoff));
    }

    /** Like {@link #featuresAsOf(Instant)}, for these customers only: the SQL reads only their rows. */
    public List<CustomerFeatures> featuresAsOf(Instant cutoff, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return join(purchases.asOf(cutoff, userIds), behavior.asOf(cutoff, userIds));
    }

    private static List<CustomerFeatures> join(List<CustomerPurchases> purchaseRows, List<BehaviorSummary> eventRows) {
        Map<Long, CustomerPurchases> orders = purchaseRows.stream()
                .collect(Collectors.toMap(CustomerPurchases::userId, Function.identity()));
        Map<Long, BehaviorSummary> events = eventRows.stream()
                .collect(Collectors.toMap(BehaviorSummary::userId, Function.identity()));
        TreeSet<Long> customers = new TreeSet<>(orders.keySet());
        customers.addAll(events.keySet());
        return customers.stream()
                .map(id -> CustomerFeatures.of(id, orders.get(id), events.get(id)))
                .toList();
    }
}
