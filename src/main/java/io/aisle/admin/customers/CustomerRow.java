package io.aisle.admin.customers;

import io.aisle.identity.User;
import io.aisle.insights.CustomerScore;
import io.aisle.ordering.CustomerOrderSummary;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of the customer list. {@code score} is the insights module's latest stored prediction (churn
 * risk and band, predicted spend over the next period), null for a customer who has never bought or was
 * not scored yet. {@code name}, {@code email} and {@code joined} are null for an account that was deleted
 * after ordering.
 */
record CustomerRow(long id, String name, String email, Instant joined, long orderCount, BigDecimal totalSpent,
        Instant lastOrderAt, CustomerScore score) {

    static CustomerRow of(User user, CustomerOrderSummary orders, CustomerScore score) {
        return user == null
                ? new CustomerRow(orders.userId(), null, null, null, orders.orderCount(), orders.totalSpent(),
                        orders.lastOrderAt(), score)
                : new CustomerRow(user.id(), user.fullName(), user.email(), user.createdAt(), orders.orderCount(),
                        orders.totalSpent(), orders.lastOrderAt(), score);
    }

    /** The score turned round: how likely the customer is to buy again; null when not scored. */
    public BuyAgain buyAgain() {
        return score == null ? null : BuyAgain.of(score.churnProbability(), score.risk());
    }
}
