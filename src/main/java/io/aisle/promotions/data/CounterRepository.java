package io.aisle.promotions.data;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counters behind usage limits. Taking a use locks the counted row until the order's transaction ends:
 * that is what makes the limit exact on any number of instances, and why unlimited promotions never count.
 */
@Repository
public class CounterRepository {

    private final JdbcClient jdbc;

    CounterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long promotionId) {
        jdbc.sql("INSERT INTO promotion_counters (promotion_id, uses) VALUES (:id, 0)").param("id", promotionId)
                .update();
    }

    /**
     * Counts one use if the promotion's limit allows it: 1 when taken, 0 when used up. A concurrent taker waits
     * for this transaction and then sees its count, so no more than the limit ever commit.
     */
    public int takeUse(long promotionId) {
        return jdbc.sql("""
                UPDATE promotion_counters SET uses = uses + 1
                WHERE promotion_id = :id AND uses < (SELECT usage_limit FROM promotions WHERE id = :id)
                """)
                .param("id", promotionId).update();
    }

    /** Gives one use back (an order that never got paid): the next customer may take it. */
    public void giveBackUse(long promotionId) {
        jdbc.sql("UPDATE promotion_counters SET uses = uses - 1 WHERE promotion_id = :id AND uses > 0")
                .param("id", promotionId).update();
    }

    /** Gives one of the customer's uses back. */
    public void giveBackCustomerUse(long promotionId, String email) {
        jdbc.sql("""
                UPDATE promotion_customer_uses SET uses = uses - 1
                WHERE promotion_id = :id AND customer_email = :email AND uses > 0
                """)
                .param("id", promotionId).param("email", email).update();
    }

    /** Sets the count from the redemptions, for a promotion that gets a usage limit after being used without one. */
    public int recount(long promotionId) {
        return jdbc.sql("""
                UPDATE promotion_counters
                SET uses = (SELECT COUNT(*) FROM promotion_redemptions WHERE promotion_id = :id)
                WHERE promotion_id = :id
                """)
                .param("id", promotionId).update();
    }

    /**
     * Adds one use for the customer, creating their row on the first: the row stays locked by this transaction,
     * so the same customer's other checkouts wait for it and then count on from its result.
     */
    public void addCustomerUse(long promotionId, String email) {
        jdbc.sql("""
                INSERT INTO promotion_customer_uses (promotion_id, customer_email, uses) VALUES (:id, :email, 1)
                ON DUPLICATE KEY UPDATE uses = uses + 1
                """)
                .param("id", promotionId).param("email", email).update();
    }

    /** The customer's uses including this transaction's, read under the lock {@link #addCustomerUse} holds. */
    public long customerUsesLocked(long promotionId, String email) {
        return jdbc.sql("""
                SELECT uses FROM promotion_customer_uses WHERE promotion_id = :id AND customer_email = :email FOR UPDATE
                """)
                .param("id", promotionId).param("email", email).query(Long.class).single();
    }

    /** The customer's committed uses of these promotions, by promotion id (absent: none). */
    public Map<Long, Long> customerUses(String email, List<Long> promotionIds) {
        return jdbc.sql("""
                SELECT promotion_id, uses FROM promotion_customer_uses
                WHERE customer_email = :email AND promotion_id IN (:ids)
                """)
                .param("email", email).param("ids", promotionIds)
                .query((rs, n) -> Map.entry(rs.getLong("promotion_id"), rs.getLong("uses"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
