package io.aisle.ordering.data;

import io.aisle.ordering.CustomerOrderStats.Ranking;
import io.aisle.ordering.CustomerOrderSummary;
import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders grouped by customer; cancelled orders left out. */
@Repository
public class CustomerOrderRepository {

    private static final String SUMMARY = """
            SELECT user_id, COUNT(*) AS order_count, SUM(total) AS total_spent, MAX(created_at) AS last_order_at
            FROM orders
            WHERE status NOT IN ('PENDING', 'CANCELLED') AND user_id IS NOT NULL
            """;

    private final JdbcClient jdbc;

    CustomerOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of those of the customers who have orders. */
    public List<CustomerOrderSummary> summarize(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " AND user_id IN (:userIds) GROUP BY user_id")
                .param("userIds", userIds)
                .query(CustomerOrderRepository::map)
                .list();
    }

    public List<CustomerOrderSummary> rank(Ranking ranking, PageQuery page) {
        String orderBy = switch (ranking) {
            case TOTAL_SPENT -> "total_spent DESC, user_id DESC";
            case LAST_ORDER -> "last_order_at DESC, user_id DESC";
        };
        return jdbc.sql(SUMMARY + " GROUP BY user_id ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(CustomerOrderRepository::map)
                .list();
    }

    public long countCustomersWithOrders() {
        return jdbc.sql("SELECT COUNT(DISTINCT user_id) FROM orders WHERE status NOT IN ('PENDING', 'CANCELLED')")
                .query(Long.class)
                .single();
    }

    private static CustomerOrderSummary map(ResultSet rs, int row) throws SQLException {
        return new CustomerOrderSummary(rs.getLong("user_id"), rs.getLong("order_count"),
                rs.getBigDecimal("total_spent"), SqlTime.instant(rs, "last_order_at"));
    }
}
