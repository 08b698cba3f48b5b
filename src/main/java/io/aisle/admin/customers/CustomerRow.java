package io.aisle.admin.customers;

import io.aisle.identity.User;
import io.aisle.ordering.CustomerOrderSummary;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of the customer list. {@code churnRisk} (0 to 1) and {@code predictedSpend} (next period) are
 * the insights module's predictions: null until it exists, shown as "—". {@code name}, {@code email}
 * and {@code joined} are null for an account that was deleted after ordering.
 */
record CustomerRow(long id, String name, String email, Instant joined, long orderCount, BigDecimal totalSpent,
        Instant lastOrderAt, BigDecimal churnRisk, BigDecimal predictedSpend) {

    static CustomerRow of(User user, CustomerOrderSummary orders) {
        return user == null
                ? new CustomerRow(orders.userId(), null, null, null, orders.orderCount(), orders.totalSpent(),
                        orders.lastOrderAt(), null, null)
                : new CustomerRow(user.id(), user.fullName(), user.email(), user.createdAt(), orders.orderCount(),
                        orders.totalSpent(), orders.lastOrderAt(), null, null);
    }
}
