package io.aisle.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * The price bands of the price facet: under $25, $25 to $49.99, ... , $500 and up. A band's value is
 * "min-max" with both ends included ("25-49.99"; "500-" for the top), so that choosing it is the listing's
 * minPrice and maxPrice filters.
 */
public final class PriceBands {

    /** The lower ends of the bands. */
    private static final List<BigDecimal> LOWER = List.of(new BigDecimal("0"), new BigDecimal("25"), new BigDecimal("50"),
            new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("500"));
    /** The minimum ratings the rating facet offers. */
    public static final List<Integer> RATINGS = List.of(4, 3);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private PriceBands() {
    }

    /** The band of a price. */
    public static String of(BigDecimal price) {
        for (int i = LOWER.size() - 1; i >= 0; i--) {
            if (price.compareTo(LOWER.get(i)) >= 0) {
                return value(i);
            }
        }
        return value(0);
    }

    /** The SQL expression giving a price's band, for counting in the database (constants only). */
    public static String sqlCase(String column) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = LOWER.size() - 1; i > 0; i--) {
            sql.append(" WHEN ").append(column).append(" >= ").append(LOWER.get(i).toPlainString())
                    .append(" THEN '").append(value(i)).append("'");
        }
        return sql.append(" ELSE '").append(value(0)).append("' END").toString();
    }

    /** The band's lower end. */
    public static BigDecimal lower(String value) {
        return new BigDecimal(value.substring(0, value.indexOf('-')));
    }

    /** The band's upper end, or null for the top band. */
    public static BigDecimal upper(String value) {
        String upper = value.substring(value.indexOf('-') + 1);
        return upper.isEmpty() ? null : new BigDecimal(upper);
    }

    static String label(String value) {
        BigDecimal upper = upper(value);
        BigDecimal lower = lower(value);
        if (upper == null) {
            return "$" + lower.toPlainString() + " and up";
        }
        return lower.signum() == 0 ? "Under $" + upper.add(CENT).stripTrailingZeros().toPlainString() : "$" + lower.toPlainString() + " to $" + upper.toPlainString();
    }

    private static String value(int band) {
        String lower = LOWER.get(band).toPlainString();
        return band == LOWER.size() - 1 ? lower + "-" : lower + "-" + LOWER.get(band + 1).subtract(CENT).toPlainString();
    }
}
