package io.aisle.ordering.data;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderSearch;
import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The admin's order search. Each condition is written only when asked for, so MariaDB picks the index that
 * serves it: the primary key for a number, {@code ix_orders_email} and {@code ix_orders_ship_name} for text
 * (prefix matches), the status and payment-status indexes, {@code ix_orders_created} for dates.
 */
@Repository
public class OrderSearchRepository {

    private final JdbcClient jdbc;

    OrderSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /** A page of the matching orders, newest first. */
    public List<Order> find(OrderSearch search, PageQuery page) {
        Where where = where(search);
        return jdbc.sql(OrderRows.SELECT + where.sql() + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(OrderRows::map)
                .list();
    }

    public long count(OrderSearch search) {
        Where where = where(search);
        return jdbc.sql("SELECT COUNT(*) FROM orders" + where.sql()).params(where.params()).query(Long.class).single();
    }

    private static Where where(OrderSearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Long number = search.orderNumber();
        if (number != null) {
            conditions.add("id = :number");
            params.put("number", number);
        } else if (search.text() != null) {
            conditions.add(search.isEmail() ? "email LIKE :prefix" : "(email LIKE :prefix OR ship_full_name LIKE :prefix)");
            params.put("prefix", likePrefix(search.text()));
        }
        if (search.status() != null) {
            conditions.add("status = :status");
            params.put("status", search.status().name());
        }
        if (search.paymentStatus() != null) {
            conditions.add("payment_status = :paymentStatus");
            params.put("paymentStatus", search.paymentStatus());
        }
        if (search.from() != null) {
            conditions.add("created_at >= :from");
            params.put("from", SqlTime.utc(search.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (search.to() != null) {
            conditions.add("created_at < :until");
            params.put("until", SqlTime.utc(search.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    /** The text as a LIKE prefix: its own {@code % _ \} match themselves. */
    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
