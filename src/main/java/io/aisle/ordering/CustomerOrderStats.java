package io.aisle.ordering;

import io.aisle.ordering.data.CustomerOrderRepository;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders summed up per customer, for the admin's customer list: how many, how much, how recently.
 * Ordering owns the orders, so these figures are computed here; the accounts themselves come from
 * identity. Cancelled orders do not count.
 */
@Service
public class CustomerOrderStats {

    /** How {@link #ranked} orders the customers: highest first, the newer account first on a tie. */
    public enum Ranking { TOTAL_SPENT, LAST_ORDER }

    private final CustomerOrderRepository orders;

    CustomerOrderStats(CustomerOrderRepository orders) {
        this.orders = orders;
    }

    /** The figures of each of these customers; those without orders get {@link CustomerOrderSummary#none}. */
    @Transactional(readOnly = true)
    public Map<Long, CustomerOrderSummary> of(Collection<Long> userIds) {
        Map<Long, CustomerOrderSummary> found = orders.summarize(userIds).stream()
                .collect(Collectors.toMap(CustomerOrderSummary::userId, Function.identity()));
        return userIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> found.getOrDefault(id, CustomerOrderSummary.none(id))));
    }

    /**
     * The customers who have ordered (cancelled orders aside), best first by the ranking. Customers who
     * have never ordered are not in it: they have no figures to rank by.
     */
    @Transactional(readOnly = true)
    public PageResult<CustomerOrderSummary> ranked(Ranking ranking, PageQuery page) {
        return PageResult.of(orders.rank(ranking, page), page, orders.countCustomersWithOrders());
    }
}
