package io.aisle.modeling;

import io.aisle.ordering.CustomerPurchases;
import io.aisle.tracking.BehaviorSummary;
import java.util.List;

/**
 * One customer's features as of a cutoff, for the churn and spend models. Every feature is a number;
 * {@link #NAMES} lists them in the order of {@link #values()}, which is the order of the components below
 * and is part of a trained model's contract: append new features, never reorder. Absolute times (first
 * and last order) are not features, because they do not carry over from one cutoff to another; recency
 * and tenure say the same relative to the cutoff. Definitions: docs/ml.md, "Features and labels".
 */
public record CustomerFeatures(long userId,
        double orderCount, double totalSpend, double averageOrderValue, double recencyDays, double tenureDays,
        double meanDaysBetweenOrders, double stdDaysBetweenOrders, double distinctCategories,
        double cancelledOrders, double ordersLast30Days, double spendLast30Days, double ordersPrevious30Days,
        double spendPrevious30Days,
        double sessions, double productViews, double searches, double cartAdds, double checkouts,
        double abandonedCarts, double daysSinceLastEvent, double viewsLast30Days, double viewsPrevious30Days) {

    /** The largest feature value a model can take: Tribuo and XGBoost read features as 32-bit floats. */
    public static final double MAX_VALUE = Float.MAX_VALUE;

    public static final List<String> NAMES = List.of(
            "order_count", "total_spend", "average_order_value", "recency_days", "tenure_days",
            "mean_days_between_orders", "std_days_between_orders", "distinct_categories",
            "cancelled_orders", "orders_last_30_days", "spend_last_30_days", "orders_previous_30_days",
            "spend_previous_30_days",
            "sessions", "product_views", "searches", "cart_adds", "checkouts",
            "abandoned_carts", "days_since_last_event", "views_last_30_days", "views_previous_30_days");

    private static final double[] NO_PURCHASES = new double[13];
    private static final double[] NO_BEHAVIOR = new double[9];

    /** The features of a customer at the cutoff; either side may be null (no orders, or no events): zeros. */
    static CustomerFeatures of(long userId, CustomerPurchases purchases, BehaviorSummary behavior) {
        double[] p = purchases == null ? NO_PURCHASES : purchaseValues(purchases);
        double[] b = behavior == null ? NO_BEHAVIOR : behaviorValues(behavior);
        return new CustomerFeatures(userId, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10],
                p[11], p[12], b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8]);
    }

    /** The feature values in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {orderCount, totalSpend, averageOrderValue, recencyDays, tenureDays,
                meanDaysBetweenOrders, stdDaysBetweenOrders, distinctCategories, cancelledOrders, ordersLast30Days,
                spendLast30Days, ordersPrevious30Days, spendPrevious30Days,
                sessions, productViews, searches, cartAdds, checkouts, abandonedCarts, daysSinceLastEvent,
                viewsLast30Days, viewsPrevious30Days};
    }

    private static double[] purchaseValues(CustomerPurchases p) {
        return new double[] {p.orderCount(), p.totalSpend().doubleValue(), p.averageOrderValue().doubleValue(),
                p.recencyDays(), p.tenureDays(), p.meanDaysBetweenOrders(), p.stdDaysBetweenOrders(),
                p.distinctCategories(), p.cancelledOrders(), p.ordersLast30Days(), p.spendLast30Days().doubleValue(),
                p.ordersPrevious30Days(), p.spendPrevious30Days().doubleValue()};
    }

    private static double[] behaviorValues(BehaviorSummary b) {
        return new double[] {b.sessions(), b.productViews(), b.searches(), b.cartAdds(), b.checkouts(),
                b.abandonedCarts(), b.daysSinceLastEvent(), b.viewsLast30Days(), b.viewsPrevious30Days()};
    }
}
