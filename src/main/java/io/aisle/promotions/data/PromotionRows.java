package io.aisle.promotions.data;

import io.aisle.platform.SqlTime;
import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionKind;
import io.aisle.promotions.PromotionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reading promotions from rows, and the comma-separated form their targets are stored in. */
final class PromotionRows {

    static final String COLUMNS = """
            p.id, p.name, p.code, p.kind, p.value, p.buy_quantity, p.discounted_quantity, p.min_subtotal, p.product_ids,
            p.category_slugs, p.first_order_only, p.starts_at, p.ends_at, p.usage_limit, p.per_customer_limit,
            p.stackable, p.status, p.created_at, p.updated_at, p.customer_user_id
            """;

    private PromotionRows() {
    }

    static Promotion map(ResultSet rs) throws SQLException {
        return new Promotion(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
                PromotionKind.valueOf(rs.getString("kind")), rs.getBigDecimal("value"),
                rs.getObject("buy_quantity", Integer.class), rs.getObject("discounted_quantity", Integer.class),
                rs.getBigDecimal("min_subtotal"),
                split(rs.getString("product_ids")).stream().map(Long::valueOf).toList(),
                split(rs.getString("category_slugs")), rs.getBoolean("first_order_only"),
                SqlTime.instant(rs, "starts_at"), SqlTime.instant(rs, "ends_at"),
                rs.getObject("usage_limit", Integer.class), rs.getObject("per_customer_limit", Integer.class),
                rs.getBoolean("stackable"), PromotionStatus.valueOf(rs.getString("status")),
                SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "updated_at"),
                rs.getObject("customer_user_id", Long.class));
    }

    static String join(List<?> values) {
        return values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
