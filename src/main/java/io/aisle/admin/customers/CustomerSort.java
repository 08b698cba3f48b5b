package io.aisle.admin.customers;

import io.aisle.ordering.CustomerOrderStats.Ranking;
import io.aisle.platform.InvalidRequestException;
import java.util.Arrays;

/**
 * How the customer list is sorted, as the URL names it: newest accounts first, ranked by the order
 * figures (which only customers who have ordered have), or by churn risk (only scored customers).
 */
enum CustomerSort {
    JOINED("joined", null),
    TOTAL_SPENT("spent", Ranking.TOTAL_SPENT),
    LAST_ORDER("last-order", Ranking.LAST_ORDER),
    CHURN_RISK("risk", null);

    final String key;
    final Ranking ranking;

    CustomerSort(String key, Ranking ranking) {
        this.key = key;
        this.ranking = ranking;
    }

    static CustomerSort parse(String param) {
        return Arrays.stream(values()).filter(sort -> sort.key.equals(param)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("sort", "must be one of joined, spent, last-order, risk"));
    }

    public String getKey() {
        return key;
    }
}
