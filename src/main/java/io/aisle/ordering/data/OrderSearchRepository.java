package io.aisle.ordering.data;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderSearch;
import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlFilter;
import java.util.List;
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

    /** A page of the matching orders, newest first. */
    public List<Order> find(OrderSearch search, PageQuery page) {
        SqlFilter where = where(search);
        return jdbc.sql(OrderRows.SELECT + where.sql() + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(OrderRows::map)
                .list();
    }

    public long count(OrderSearch search) {
        SqlFilter where = where(search);
        return jdbc.sql("SELECT COUNT(*) FROM orders" + where.sql()).params(where.params()).query(Long.class).single();
    }

    private static SqlFilter where(OrderSearch search) {
        return new SqlFilter()
                .text(search.text(), "ship_full_name")
                .where("status = :status", "status", search.status() == null ? null : search.status().name())
                .where("payment_status = :paymentStatus", "paymentStatus", search.paymentStatus())
                .days("created_at", search.from(), search.to());
    }
}
