package io.aisle.admin.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A feature the models were given, in the shop owner's words: {@code recency_days} 143 with a usual gap of 30
 * days reads "Last order 143 days ago, much longer than their usual 30 days between orders". There is a
 * sentence for every name of {@code CustomerFeatures.NAMES} (docs/ml.md, "Features"); a name added later
 * reads as the name itself with its value ("Orders last 90 days: 3"), so a new feature never breaks a page.
 */
final class FeatureSentences {

    /** A feature's value with the customer's other features, for sentences that compare. */
    private record Facts(double value, Map<String, Double> all) {

        double other(String name) {
            return all.getOrDefault(name, 0.0);
        }

        long count() {
            return Math.round(value);
        }
    }

    private static final Map<String, Function<Facts, String>> SENTENCES = Map.ofEntries(
            Map.entry("order_count", f -> f.count() == 1 ? "One order so far" : count(f.value(), "order") + " so far"),
            Map.entry("total_spend", f -> money(f.value()) + " spent in all"),
            Map.entry("average_order_value", f -> "Orders average " + money(f.value())),
            Map.entry("recency_days", FeatureSentences::recency),
            Map.entry("tenure_days", f -> "First order " + ago(f.value())),
            Map.entry("mean_days_between_orders", f -> f.value() == 0 ? "Only one order, so no usual rhythm yet"
                    : "Usually orders every " + days(f.value())),
            Map.entry("std_days_between_orders", FeatureSentences::regularity),
            Map.entry("distinct_categories", f -> f.count() == 1 ? "Has bought from one category"
                    : "Has bought from " + f.count() + " categories"),
            Map.entry("cancelled_orders", f -> f.count() == 0 ? "Has never cancelled an order"
                    : "Cancelled " + count(f.value(), "order")),
            Map.entry("orders_last_30_days", f -> (f.count() == 0 ? "No order" : count(f.value(), "order"))
                    + " in the last 30 days"),
            Map.entry("spend_last_30_days", f -> f.value() == 0 ? "Spent nothing in the last 30 days"
                    : "Spent " + money(f.value()) + " in the last 30 days"),
            Map.entry("orders_previous_30_days", f -> (f.count() == 0 ? "No order" : count(f.value(), "order"))
                    + " between 30 and 60 days ago"),
            Map.entry("spend_previous_30_days", f -> f.value() == 0 ? "Spent nothing between 30 and 60 days ago"
                    : "Spent " + money(f.value()) + " between 30 and 60 days ago"),
            Map.entry("sessions", f -> f.count() == 0 ? "No recorded visit to the shop"
                    : "Visited the shop on " + count(f.value(), "day")),
            Map.entry("product_views", f -> f.count() == 0 ? "Has not looked at any product"
                    : "Looked at products " + times(f.count())),
            Map.entry("searches", f -> f.count() == 0 ? "Has never searched the shop" : "Searched " + times(f.count())),
            Map.entry("cart_adds", f -> f.count() == 0 ? "Has never put anything in the cart"
                    : "Put something in the cart " + times(f.count())),
            Map.entry("checkouts", f -> f.count() == 0 ? "Has never gone to the checkout"
                    : "Went to the checkout " + times(f.count())),
            Map.entry("abandoned_carts", f -> f.count() == 0 ? "Has never left a cart behind"
                    : "Left a cart behind on " + count(f.value(), "day")),
            Map.entry("days_since_last_event", f -> f.other("sessions") == 0 ? "No recorded visit to the shop"
                    : "Last visit " + ago(f.value())),
            Map.entry("views_last_30_days", f -> (f.count() == 0 ? "Looked at no product" : "Looked at "
                    + count(f.value(), "product")) + " in the last 30 days"),
            Map.entry("views_previous_30_days", f -> (f.count() == 0 ? "Looked at no product" : "Looked at "
                    + count(f.value(), "product")) + " between 30 and 60 days ago"),
            Map.entry("purchase_days", f -> "Bought on " + count(f.value(), "day")),
            Map.entry("orders_last_90_days", f -> (f.count() == 0 ? "No order" : count(f.value(), "order"))
                    + " in the last 90 days"),
            Map.entry("spend_last_90_days", f -> f.value() == 0 ? "Spent nothing in the last 90 days"
                    : "Spent " + money(f.value()) + " in the last 90 days"),
            Map.entry("purchase_days_last_90_days", f -> f.count() == 0 ? "Bought on no day in the last 90 days"
                    : "Bought on " + count(f.value(), "day") + " in the last 90 days"),
            Map.entry("orders_last_180_days", f -> (f.count() == 0 ? "No order" : count(f.value(), "order"))
                    + " in the last 180 days"),
            Map.entry("spend_90_to_180_days", f -> f.value() == 0 ? "Spent nothing between 90 and 180 days ago"
                    : "Spent " + money(f.value()) + " between 90 and 180 days ago"),
            Map.entry("decayed_orders_30", f -> "Recent orders, the last month counting most: " + decimal(f.value())),
            Map.entry("decayed_orders_90", f -> "Recent orders, the last three months counting most: "
                    + decimal(f.value())),
            Map.entry("decayed_spend_90", f -> "Recent spend, the last three months counting most: " + money(f.value())),
            Map.entry("recency_over_mean_gap", f -> f.value() == 0 ? "Too few orders yet to have a rhythm"
                    : f.value() < 1 ? "Not yet due: " + Math.round(f.value() * 100) + "% of their usual gap since the last order"
                    : "Overdue: " + decimal(f.value()) + " times their usual gap since the last order"),
            Map.entry("largest_order", f -> "Largest order " + money(f.value())),
            Map.entry("median_order", f -> "Typical (median) order " + money(f.value())),
            Map.entry("distinct_products", f -> f.count() == 1 ? "Has bought one product"
                    : "Has bought " + f.count() + " different products"),
            Map.entry("items_per_order", f -> "About " + decimal(f.value()) + " items per order"),
            Map.entry("main_country_share", f -> Math.round(f.value() * 100) + "% of orders shipped to the shop's main country"),
            Map.entry("returns", f -> f.count() == 0 ? "Has never returned anything" : "Made " + count(f.value(), "return")),
            Map.entry("returns_value", f -> f.value() == 0 ? "Nothing refunded for returns"
                    : money(f.value()) + " refunded for returns"),
            Map.entry("baseline_no_purchase_in_horizon", f -> "Their buying rhythm alone (the classic BG/NBD model) gives a "
                    + Math.round(f.value() * 100) + "% chance of no order in the coming period"),
            Map.entry("baseline_purchases_in_horizon", f -> "Their buying rhythm alone (the classic BG/NBD model) expects "
                    + decimal(f.value()) + " orders in the coming period"),
            Map.entry("baseline_spend_in_horizon", f -> "Their buying rhythm alone (the classic BG/NBD model) expects "
                    + money(f.value()) + " of spend in the coming period"));

    private FeatureSentences() {
    }

    /** The sentence for this feature's value, given all of the customer's features by name. */
    static String of(String feature, double value, Map<String, Double> all) {
        Function<Facts, String> sentence = SENTENCES.get(feature);
        return sentence == null ? generic(feature, value) : sentence.apply(new Facts(value, all));
    }

    /** Whether a feature has its own sentence (the generic one serves any other). */
    static boolean knows(String feature) {
        return SENTENCES.containsKey(feature);
    }

    private static String recency(Facts f) {
        String last = "Last order " + ago(f.value());
        double usual = f.other("mean_days_between_orders");
        if (usual <= 0) {
            return last;
        }
        String than = " their usual " + days(usual) + " between orders";
        double ratio = f.value() / usual;
        return last + (ratio >= 2 ? ", much longer than" : ratio > 1.2 ? ", longer than" : ", within") + than;
    }

    private static String regularity(Facts f) {
        if (f.other("order_count") < 3) {
            return "Too few orders yet to tell how regular they are";
        }
        boolean steady = f.value() <= f.other("mean_days_between_orders") / 2;
        return (steady ? "Orders at a steady rhythm" : "Orders at irregular intervals") + " (gaps vary by about "
                + days(f.value()) + ")";
    }

    /** "Orders last 90 days: 3" from {@code orders_last_90_days}. */
    private static String generic(String feature, double value) {
        String words = feature.replace('_', ' ').strip();
        String name = words.isEmpty() ? "A figure" : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        return name + ": " + number(value);
    }

    private static String ago(double days) {
        return days < 1 ? "less than a day ago" : days(days) + " ago";
    }

    private static String days(double days) {
        return days < 1 ? "less than a day" : count(days, "day");
    }

    private static String count(double value, String noun) {
        long n = Math.round(value);
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String times(long n) {
        return n == 1 ? "once" : n == 2 ? "twice" : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n) + " times";
    }

    static String money(double amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "$" + format.format(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP));
    }

    private static String decimal(double value) {
        return String.format(Locale.ENGLISH, "%,.1f", value);
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return NumberFormat.getIntegerInstance(Locale.ENGLISH).format((long) value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
