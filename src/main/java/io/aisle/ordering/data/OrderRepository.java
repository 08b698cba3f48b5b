package io.aisle.ordering.data;

import io.aisle.identity.PostalAddress;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderStatus;
import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Order rows, without their lines (see {@link OrderItemRepository}). */
@Repository
public class OrderRepository {

    private static final String ERASED = "[erased]";
    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the order and returns its id. The unique key on (user, idempotency key) makes a second
     * order with the same key wait for the first transaction and then fail with a duplicate-key error.
     */
    public long insert(Order order, String idempotencyKey) {
        PostalAddress to = order.shippingAddress();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO orders (user_id, status, subtotal, shipping_fee, total, currency, item_count,
                                    ship_full_name, ship_line1, ship_line2, ship_city, ship_postal_code,
                                    ship_country, idempotency_key, estimated_delivery, created_at, updated_at)
                VALUES (:userId, :status, :subtotal, :shippingFee, :total, :currency, :itemCount,
                        :fullName, :line1, :line2, :city, :postalCode,
                        :country, :idempotencyKey, :estimatedDelivery, :now, :now)
                """)
                .param("userId", order.userId())
                .param("status", order.status().name())
                .param("subtotal", order.subtotal())
                .param("shippingFee", order.shippingFee())
                .param("total", order.total())
                .param("currency", order.currency())
                .param("itemCount", order.itemCount())
                .param("fullName", to.fullName())
                .param("line1", to.line1())
                .param("line2", to.line2())
                .param("city", to.city())
                .param("postalCode", to.postalCode())
                .param("country", to.country())
                .param("idempotencyKey", idempotencyKey)
                .param("estimatedDelivery", order.estimatedDelivery())
                .param("now", SqlTime.utc(order.createdAt()))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public void setPaymentReference(long id, String reference) {
        jdbc.sql("UPDATE orders SET payment_reference = :reference WHERE id = :id")
                .param("id", id)
                .param("reference", reference)
                .update();
    }

    public Optional<Order> findById(long id) {
        return findOne("id = :id", Map.of("id", id));
    }

    public Optional<Order> findByIdAndUser(long id, long userId) {
        return findOne("id = :id AND user_id = :userId", Map.of("id", id, "userId", userId));
    }

    public Optional<Order> findByIdempotencyKey(long userId, String idempotencyKey) {
        return findOne("user_id = :userId AND idempotency_key = :key", Map.of("userId", userId, "key", idempotencyKey));
    }

    /** The customer's orders, newest first. */
    public List<Order> findByUser(long userId, PageQuery page) {
        return findPage("WHERE user_id = :userId", Map.of("userId", userId), page);
    }

    /** The customer's orders in any of these statuses, oldest first. */
    public List<Order> findByUserAndStatus(long userId, Collection<OrderStatus> statuses) {
        return jdbc.sql(OrderRows.SELECT + " WHERE user_id = :userId AND status IN (:statuses) ORDER BY created_at, id")
                .param("userId", userId)
                .param("statuses", statuses.stream().map(OrderStatus::name).toList())
                .query(OrderRows::map)
                .list();
    }

    public long countByUser(long userId) {
        return count("WHERE user_id = :userId", Map.of("userId", userId));
    }

    /** Every customer's orders, newest first, in one status or ({@code status} null) all. */
    public List<Order> findAll(OrderStatus status, PageQuery page) {
        return status == null ? findPage("", Map.of(), page)
                : findPage("WHERE status = :status", Map.of("status", status.name()), page);
    }

    public long count(OrderStatus status) {
        return status == null ? count("", Map.of()) : count("WHERE status = :status", Map.of("status", status.name()));
    }

    /**
     * Moves the order from {@code from} to {@code to} and stamps the time of the new status. The status
     * condition makes concurrent changes safe: only one of them finds the order still in {@code from}.
     */
    public boolean updateStatus(long id, OrderStatus from, OrderStatus to, Instant now) {
        return jdbc.sql("""
                UPDATE orders
                SET status = :to, updated_at = :now,
                    shipped_at = CASE WHEN :to = 'SHIPPED' THEN :now ELSE shipped_at END,
                    delivered_at = CASE WHEN :to = 'DELIVERED' THEN :now ELSE delivered_at END,
                    cancelled_at = CASE WHEN :to = 'CANCELLED' THEN :now ELSE cancelled_at END
                WHERE id = :id AND status = :from
                """)
                .param("id", id)
                .param("from", from.name())
                .param("to", to.name())
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    /** Erases who and where the customer is (account deletion); the country stays for the books. */
    public int erasePersonalData(long userId, Instant now) {
        return jdbc.sql("""
                UPDATE orders
                SET ship_full_name = :erased, ship_company = NULL, ship_line1 = :erased, ship_line2 = NULL,
                    ship_city = :erased, ship_region = NULL, ship_postal_code = :erased, ship_phone = NULL,
                    email = NULL, updated_at = :now
                WHERE user_id = :userId
                """)
                .param("userId", userId)
                .param("erased", ERASED)
                .param("now", SqlTime.utc(now))
                .update();
    }

    private Optional<Order> findOne(String condition, Map<String, ?> params) {
        return jdbc.sql(OrderRows.SELECT + " WHERE " + condition).params(params).query(OrderRows::map).optional();
    }

    private List<Order> findPage(String where, Map<String, ?> params, PageQuery page) {
        return jdbc.sql(OrderRows.SELECT + where + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(OrderRows::map)
                .list();
    }

    private long count(String where, Map<String, ?> params) {
        return jdbc.sql("SELECT COUNT(*) FROM orders " + where).params(params).query(Long.class).single();
    }
}
