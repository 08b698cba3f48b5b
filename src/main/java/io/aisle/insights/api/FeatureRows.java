package io.aisle.insights.api;

import io.aisle.modeling.CustomerFeatures;
import io.aisle.platform.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Raw feature objects of the predict endpoints ({@code {"order_count": 3, "total_spend": 120.5, ...}})
 * turned into model rows. Every feature of {@link CustomerFeatures#NAMES} must be there as a finite
 * number ≥ 0, counts must be whole, and an unknown name is refused rather than ignored, so that a typo
 * cannot silently score a customer with a zero.
 */
final class FeatureRows {

    private static final Set<String> COUNTS = Set.of("order_count", "distinct_categories", "cancelled_orders",
            "orders_last_30_days", "orders_previous_30_days", "sessions", "product_views", "searches", "cart_adds",
            "checkouts", "abandoned_carts", "views_last_30_days", "views_previous_30_days");

    private FeatureRows() {
    }

    static double[] parse(Map<String, Object> features, String where) {
        if (features == null) {
            throw new InvalidRequestException(where, "is missing: send an object of the %d features %s"
                    .formatted(CustomerFeatures.NAMES.size(), CustomerFeatures.NAMES));
        }
        Set<String> unknown = new TreeSet<>(features.keySet());
        CustomerFeatures.NAMES.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(where, "has unknown features " + unknown + "; the features are "
                    + CustomerFeatures.NAMES);
        }
        List<String> names = CustomerFeatures.NAMES;
        double[] row = new double[names.size()];
        for (int f = 0; f < row.length; f++) {
            String name = names.get(f);
            Object value = features.get(name);
            String field = where + "." + name;
            if (!(value instanceof Number number)) {
                throw new InvalidRequestException(field, value == null ? "is missing" : "must be a number");
            }
            double x = number.doubleValue();
            if (!Double.isFinite(x) || x < 0 || x > CustomerFeatures.MAX_VALUE) {
                throw new InvalidRequestException(field, "must be a number from 0 to 3.4e38");
            }
            if (COUNTS.contains(name) && x != Math.rint(x)) {
                throw new InvalidRequestException(field, "is a count and must be a whole number");
            }
            row[f] = x;
        }
        return row;
    }
}
