package io.aisle.modeling;

import io.aisle.ordering.CustomerSpend;
import io.aisle.ordering.PurchaseHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The models' labels: what each customer did in [cutoff, cutoff + H), H from {@link ModelingProperties}.
 * A label window must lie entirely in the past, or a customer who simply has not bought yet would look
 * churned; {@link TemporalSplit} picks cutoffs that respect that.
 */
@Service
public class LabelService {

    private final PurchaseHistory purchases;
    private final Duration horizon;

    LabelService(PurchaseHistory purchases, ModelingProperties properties) {
        this.purchases = purchases;
        this.horizon = properties.horizon();
    }

    /** The configured horizon H. */
    public Duration horizon() {
        return horizon;
    }

    /** Labels for these customers over the configured horizon, keyed and ordered as given. */
    public Map<Long, CustomerLabel> labelsAsOf(Instant cutoff, Collection<Long> userIds) {
        return labelsAsOf(cutoff, horizon, userIds);
    }

    /**
     * Labels for these customers over {@code horizon}: the window's buyers are read in one query and the
     * rest have churned. Reading all buyers beats an IN list of tens of thousands of ids.
     */
    public Map<Long, CustomerLabel> labelsAsOf(Instant cutoff, Duration horizon, Collection<Long> userIds) {
        Map<Long, CustomerSpend> bought = purchases.spendBetween(cutoff, cutoff.plus(horizon)).stream()
                .collect(Collectors.toMap(CustomerSpend::userId, Function.identity()));
        Map<Long, CustomerLabel> labels = new LinkedHashMap<>();
        for (long userId : userIds) {
            CustomerSpend spend = bought.get(userId);
            labels.put(userId, spend == null ? CustomerLabel.churned(userId)
                    : new CustomerLabel(userId, false, spend.spend()));
        }
        return labels;
    }
}
