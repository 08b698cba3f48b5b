package io.aisle.modeling;

import io.aisle.ordering.CustomerPurchases;
import io.aisle.returns.CustomerReturns;
import io.aisle.tracking.BehaviorSummary;
import java.util.List;

/**
 * One customer's features as of a cutoff, for the churn and spend models. Every feature is a number;
 * {@link #NAMES} lists them in the order of {@link #values()}, which is the order of the components below
 * and is part of a trained model's contract: append new features, never reorder. The last three are the
 * classic BG/NBD and Gamma-Gamma forecasts over the models' horizon H ({@link BaselineFeatures}). Absolute times (first
 * and last order) are not features, because they do not carry over from one cutoff to another; recency
 * and tenure say the same relative to the cutoff. Definitions: docs/ml.md, "Features and labels".
 */
public record CustomerFeatures(long userId,
        double orderCount, double totalSpend, double averageOrderValue, double recencyDays, double tenureDays,
        double meanDaysBetweenOrders, double stdDaysBetweenOrders, double distinctCategories,
        double cancelledOrders, double ordersLast30Days, double spendLast30Days, double ordersPrevious30Days,
        double spendPrevious30Days,
        double sessions, double productViews, double searches, double cartAdds, double checkouts,
        double abandonedCarts, double daysSinceLastEvent, double viewsLast30Days, double viewsPrevious30Days,
        double purchaseDays, double ordersLast90Days, double spendLast90Days, double purchaseDaysLast90Days,
        double ordersLast180Days, double spend90To180Days, double decayedOrders30, double decayedOrders90,
        double decayedSpend90, double recencyOverMeanGap, double largestOrder, double medianOrder,
        double distinctProducts, double itemsPerOrder, double mainCountryShare, double returns, double returnsValue,
        double baselineNoPurchaseInHorizon, double baselinePurchasesInHorizon, double baselineSpendInHorizon) {

    /** The largest feature value a model can take: Tribuo and XGBoost read features as 32-bit floats. */
    public static final double MAX_VALUE = Float.MAX_VALUE;

    public static final List<String> NAMES = List.of(
            "order_count", "total_spend", "average_order_value", "recency_days", "tenure_days",
            "mean_days_between_orders", "std_days_between_orders", "distinct_categories",
            "cancelled_orders", "orders_last_30_days", "spend_last_30_days", "orders_previous_30_days",
            "spend_previous_30_days",
            "sessions", "product_views", "searches", "cart_adds", "checkouts",
            "abandoned_carts", "days_since_last_event", "views_last_30_days", "views_previous_30_days",
            "purchase_days", "orders_last_90_days", "spend_last_90_days", "purchase_days_last_90_days",
            "orders_last_180_days", "spend_90_to_180_days", "decayed_orders_30", "decayed_orders_90",
            "decayed_spend_90", "recency_over_mean_gap", "largest_order", "median_order", "distinct_products",
            "items_per_order", "main_country_share", "returns", "returns_value",
            "baseline_no_purchase_in_horizon", "baseline_purchases_in_horizon", "baseline_spend_in_horizon");

    private static final double[] NO_PURCHASES = new double[13];
    private static final double[] NO_BEHAVIOR = new double[9];
    private static final double[] NO_RECENT = new double[15];

    /**
     * The features of a customer at the cutoff; any source may be null (no orders, no events, no returns):
     * zeros.
     */
    static CustomerFeatures of(long userId, CustomerPurchases purchases, BehaviorSummary behavior,
            CustomerReturns returned, BaselineFeatures.Forecast baseline) {
        BaselineFeatures.Forecast classic = baseline == null ? BaselineFeatures.Forecast.NONE : baseline;
        double[] p = purchases == null ? NO_PURCHASES : purchaseValues(purchases);
        double[] b = behavior == null ? NO_BEHAVIOR : behaviorValues(behavior);
        double[] r = purchases == null ? NO_RECENT : recentValues(purchases);
        return new CustomerFeatures(userId, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10],
                p[11], p[12], b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8],
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13], r[14],
                returned == null ? 0 : returned.returns(), returned == null ? 0 : returned.value().doubleValue(),
                classic.noPurchase(), classic.purchases(), classic.spend());
    }

    /** The feature values in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {orderCount, totalSpend, averageOrderValue, recencyDays, tenureDays,
                meanDaysBetweenOrders, stdDaysBetweenOrders, distinctCategories, cancelledOrders, ordersLast30Days,
                spendLast30Days, ordersPrevious30Days, spendPrevious30Days,
                sessions, productViews, searches, cartAdds, checkouts, abandonedCarts, daysSinceLastEvent,
                viewsLast30Days, viewsPrevious30Days,
                purchaseDays, ordersLast90Days, spendLast90Days, purchaseDaysLast90Days, ordersLast180Days,
                spend90To180Days, decayedOrders30, decayedOrders90, decayedSpend90, recencyOverMeanGap, largestOrder,
                medianOrder, distinctProducts, itemsPerOrder, mainCountryShare, returns, returnsValue,
                baselineNoPurchaseInHorizon, baselinePurchasesInHorizon, baselineSpendInHorizon};
    }

    /**
     * Recency over the mean gap (0 below two live orders: no gap to compare with) says how overdue the next
     * order is for this customer's own rhythm; items per order is 0 without orders.
     */
    private static double[] recentValues(CustomerPurchases p) {
        CustomerPurchases.Recent r = p.recent();
        double mean = p.meanDaysBetweenOrders();
        return new double[] {r.purchaseDays(), r.ordersLast90Days(), r.spendLast90Days(), r.purchaseDaysLast90Days(),
                r.ordersLast180Days(), r.spend90To180Days(), r.decayedOrders30(), r.decayedOrders90(),
                r.decayedSpend90(), mean > 0 ? p.recencyDays() / mean : 0, r.largestOrder(), r.medianOrder(),
                r.distinctProducts(), p.orderCount() == 0 ? 0 : (double) r.units() / p.orderCount(),
                r.mainCountryShare()};
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
