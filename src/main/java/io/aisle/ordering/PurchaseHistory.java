package io.aisle.ordering;

import io.aisle.ordering.data.PurchaseHistoryRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' order histories as of a point in time, for insights' models: features from what happened
 * before a cutoff, labels from what happened after. Each question is one grouped query over all the
 * customers at once, so it scales to tens of thousands of customers without a query per customer.
 * See {@link CustomerPurchases} for what counts and the conventions for undefined figures.
 */
@Service
public class PurchaseHistory {

    private final PurchaseHistoryRepository history;

    PurchaseHistory(PurchaseHistoryRepository history) {
        this.history = history;
    }

    /** Every customer with an order (live or cancelled) placed before the cutoff, by user id. */
    @Transactional(readOnly = true)
    public List<CustomerPurchases> asOf(Instant cutoff) {
        return history.asOf(cutoff);
    }

    /** Those of these customers with an order placed before the cutoff, by user id. */
    @Transactional(readOnly = true)
    public List<CustomerPurchases> asOf(Instant cutoff, Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : history.asOf(cutoff, userIds);
    }

    /**
     * Each of these customers' orders placed before the cutoff and live at it (not cancelled before it),
     * oldest first per customer: the purchase log that the probabilistic baselines in insights summarise.
     */
    @Transactional(readOnly = true)
    public List<PastOrder> liveOrdersBefore(Instant cutoff, Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : history.liveOrdersBefore(cutoff, userIds);
    }

    /** Every customer's orders placed before the cutoff and live at it, oldest first per customer. */
    @Transactional(readOnly = true)
    public List<PastOrder> liveOrdersBefore(Instant cutoff) {
        return history.liveOrdersBefore(cutoff);
    }

    /**
     * The customers who bought in [from, to), with what they spent. Orders cancelled at any time are left
     * out: a label is the outcome, and a cancelled order earned nothing.
     */
    @Transactional(readOnly = true)
    public List<CustomerSpend> spendBetween(Instant from, Instant to) {
        return history.spendBetween(from, to);
    }

    /**
     * {@link #spendBetween(Instant, Instant)} of these customers only (the members of an experiment), so that a
     * report reads their orders, not every customer's.
     */
    @Transactional(readOnly = true)
    public List<CustomerSpend> spendBetween(Instant from, Instant to, Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : history.spendBetween(from, to, userIds);
    }
}
