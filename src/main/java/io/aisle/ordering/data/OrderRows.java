package io.aisle.ordering.data;

import io.aisle.identity.PostalAddress;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.PaymentStatus;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** The one SELECT list and row mapping for orders (without their lines), shared by every order query. */
final class OrderRows {

    static final String SELECT = """
            SELECT id, user_id, email, status, payment_status, item_count, subtotal, shipping_fee, discount_total,
                   tax_total, prices_include_tax, total, currency, shipping_method_name, ship_full_name, ship_company,
                   ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country, ship_phone,
                   payment_reference, estimated_delivery, created_at, shipped_at, delivered_at, cancelled_at,
                   refunded_total, payment_provider, reserved_until
            FROM orders
            """;

    private OrderRows() {
    }

    static Order map(ResultSet rs, int row) throws SQLException {
        PostalAddress address = new PostalAddress(rs.getString("ship_full_name"), rs.getString("ship_company"),
                rs.getString("ship_line1"), rs.getString("ship_line2"), rs.getString("ship_city"),
                rs.getString("ship_region"), rs.getString("ship_postal_code"), rs.getString("ship_country"),
                rs.getString("ship_phone"));
        long userId = rs.getLong("user_id");
        Long customer = rs.wasNull() ? null : userId;
        return new Order(rs.getLong("id"), customer, rs.getString("email"),
                OrderStatus.valueOf(rs.getString("status")), PaymentStatus.valueOf(rs.getString("payment_status")),
                List.of(), rs.getInt("item_count"), rs.getBigDecimal("subtotal"), rs.getBigDecimal("shipping_fee"),
                rs.getBigDecimal("discount_total"), rs.getBigDecimal("tax_total"), rs.getBoolean("prices_include_tax"),
                rs.getBigDecimal("total"), rs.getString("currency"), rs.getString("shipping_method_name"), address,
                List.of(), rs.getString("payment_reference"), SqlTime.instant(rs, "created_at"),
                rs.getObject("estimated_delivery", LocalDate.class), SqlTime.instant(rs, "shipped_at"),
                SqlTime.instant(rs, "delivered_at"), SqlTime.instant(rs, "cancelled_at"),
                rs.getBigDecimal("refunded_total"), rs.getString("payment_provider"),
                SqlTime.instant(rs, "reserved_until"));
    }
}
