package io.aisle.returns.data;

import io.aisle.platform.SqlTime;
import io.aisle.returns.CustomerReturns;
import io.aisle.returns.HistoricalReturn;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Returns of imported histories written in bulk, and returns grouped per customer for the models. */
@Repository
public class ReturnImportRepository {

    private static final int BATCH = 2_000;

    // a return counts from its request; its value is the refund once made, else what its lines are worth
    private static final String AS_OF = """
            SELECT r.user_id, COUNT(*) AS return_count,
                   COALESCE(SUM(COALESCE(r.refund_amount,
                       (SELECT SUM(l.amount) FROM return_lines l WHERE l.return_id = r.id))), 0) AS return_value
            FROM returns r
            WHERE r.created_at < :cutoff AND r.user_id IS NOT NULL
              AND NOT (r.status = 'REJECTED' AND COALESCE(r.rejected_at < :cutoff, TRUE)) %s
            GROUP BY r.user_id
            ORDER BY r.user_id
            """;

    private final JdbcTemplate batch;
    private final JdbcClient jdbc;

    ReturnImportRepository(JdbcTemplate batch, JdbcClient jdbc) {
        this.batch = batch;
        this.jdbc = jdbc;
    }

    public void insertAll(List<HistoricalReturn> returns, String keyPrefix) {
        int[] n = {0};
        batch.batchUpdate("""
                INSERT INTO returns (order_id, user_id, status, reason, reason_text, refund_amount, idempotency_key,
                                     created_at, approved_at, received_at, refunded_at)
                VALUES (?, ?, 'REFUNDED', 'OTHER', ?, ?, ?, ?, ?, ?, ?)
                """, returns, BATCH, (ps, r) -> {
            ps.setLong(1, r.orderId());
            ps.setLong(2, r.userId());
            ps.setString(3, r.note());
            ps.setBigDecimal(4, r.refund());
            ps.setString(5, keyPrefix + n[0]++);
            for (int i = 6; i <= 9; i++) {
                ps.setObject(i, SqlTime.utc(r.returnedAt()));
            }
        });
    }

    /**
     * Returns requested before the cutoff and not rejected before it (one rejected later was an open request
     * then), per customer; {@code userIds} null for all customers.
     */
    public List<CustomerReturns> asOf(Instant cutoff, Collection<Long> userIds) {
        JdbcClient.StatementSpec statement = jdbc.sql(AS_OF.formatted(userIds == null ? "" : "AND r.user_id IN (:userIds)"))
                .param("cutoff", SqlTime.utc(cutoff));
        return (userIds == null ? statement : statement.param("userIds", userIds))
                .query((rs, row) -> new CustomerReturns(rs.getLong("user_id"), rs.getLong("return_count"),
                        rs.getBigDecimal("return_value")))
                .list();
    }
}
