package io.aisle.ordering.data;

import io.aisle.identity.PostalAddress;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.PaymentStatus;
import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
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
     * Inserts the order and returns its id. The unique keys on (user, idempotency key) and (guest e-mail,
     * idempotency key) make a second order with the same key wait for the first transaction and then fail
     * with a duplicate-key error. {@code accessTokenHash} is set for a guest's order only. {@code id} is null for
     * a new id; a checkout retried after its payment was started passes the id it charged, so the provider, which
     * takes the order id as idempotency key, answers that charge instead of taking a second one.
     */
    public long insert(Long id, Order order, String idempotencyKey, Long shippingMethodId, String accessTokenHash) {
        PostalAddress to = order.shippingAddress();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO orders (id, user_id, email, guest_email, access_token_hash, status, payment_status,
                                    payment_provider, subtotal,
                                    shipping_fee, discount_total, tax_total, prices_include_tax, total, currency,
                                    item_count, shipping_method_id, shipping_method_name, ship_full_name, ship_company,
                                    ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country,
                                    ship_phone, idempotency_key, estimated_delivery, created_at, updated_at)
                VALUES (:id, :userId, :email, :guestEmail, :accessTokenHash, :status, :paymentStatus, :provider, :subtotal,
                        :shippingFee, :discountTotal, :taxTotal, :pricesIncludeTax, :total, :currency,
                        :itemCount, :shippingMethodId, :shippingMethod, :fullName, :company,
                        :line1, :line2, :city, :region, :postalCode, :country,
                        :phone, :idempotencyKey, :estimatedDelivery, :now, :now)
                """)
                .param("id", id)
                .param("userId", order.userId())
                .param("email", order.email())
                .param("guestEmail", order.guest() ? order.email() : null)
                .param("accessTokenHash", accessTokenHash)
                .param("status", order.status().name())
                .param("paymentStatus", order.paymentStatus().name())
                .param("provider", order.paymentProvider())
                .param("subtotal", order.subtotal())
                .param("shippingFee", order.shippingFee())
                .param("discountTotal", order.discountTotal())
                .param("taxTotal", order.taxTotal())
                .param("pricesIncludeTax", order.pricesIncludeTax())
                .param("total", order.total())
                .param("currency", order.currency())
                .param("itemCount", order.itemCount())
                .param("shippingMethodId", shippingMethodId)
                .param("shippingMethod", order.shippingMethod())
                .param("fullName", to.fullName())
                .param("company", to.company())
                .param("line1", to.line1())
                .param("line2", to.line2())
                .param("city", to.city())
                .param("region", to.region())
                .param("postalCode", to.postalCode())
                .param("country", to.country())
                .param("phone", to.phone())
                .param("idempotencyKey", idempotencyKey)
                .param("estimatedDelivery", order.estimatedDelivery())
                .param("now", SqlTime.utc(order.createdAt()))
                .update(keys);
        return id != null ? id : keys.getKeyAs(Number.class).longValue();
    }

    /** Answers the number of orders changed: 1, or 0 when there is no such order. */
    public int setPaymentReference(long id, String reference) {
        return jdbc.sql("UPDATE orders SET payment_reference = :reference WHERE id = :id")
                .param("id", id)
                .param("reference", reference)
                .update();
    }

    /** Stores the hash of the secret in a guest order's link (see {@code SignedLinks}). */
    public void setAccessTokenHash(long id, String hash) {
        jdbc.sql("UPDATE orders SET access_token_hash = :hash WHERE id = :id")
                .param("id", id)
                .param("hash", hash)
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

    /** A guest's order placed with this idempotency key. */
    public Optional<Order> findByGuestIdempotencyKey(String guestEmail, String idempotencyKey) {
        return findOne("guest_email = :email AND idempotency_key = :key", Map.of("email", guestEmail, "key",
                idempotencyKey));
    }

    /** The guest order whose link carries the secret with this hash. */
    public Optional<Order> findByAccessTokenHash(String hash) {
        return findOne("access_token_hash = :hash", Map.of("hash", hash));
    }

    /**
     * Whether the customer ({@code userId} null for a guest) or anyone with this e-mail has placed an order; one whose
     * payment never came (voided) does not count, so a declined card keeps the first-order offers.
     */
    public boolean hasOrdered(Long userId, String email) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM orders WHERE user_id = :userId AND payment_status <> 'VOIDED')
                    OR EXISTS (SELECT 1 FROM orders WHERE email = :email AND payment_status <> 'VOIDED')
                """)
                .param("userId", userId)
                .param("email", email)
                .query(Boolean.class).single();
    }

    /**
     * Moves a guest's order into the account of a customer with the same e-mail; only a guest order moves,
     * and only once.
     */
    public boolean attachToCustomer(long id, String email, long userId, Instant now) {
        return jdbc.sql("""
                UPDATE orders SET user_id = :userId, updated_at = :now
                WHERE id = :id AND user_id IS NULL AND email = :email
                """)
                .param("id", id)
                .param("email", email)
                .param("userId", userId)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    /**
     * Moves every guest order placed with this e-mail (compared as the column's collation does: case-insensitively)
     * into the account; the guard of {@link #attachToCustomer} without the id, so running it again moves nothing.
     */
    public int attachAllToCustomer(String email, long userId, Instant now) {
        return jdbc.sql("""
                UPDATE orders SET user_id = :userId, updated_at = :now
                WHERE user_id IS NULL AND email = :email
                """)
                .param("email", email)
                .param("userId", userId)
                .param("now", SqlTime.utc(now))
                .update();
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

    /**
     * The order, its row locked until the transaction ends: payment updates and refunds of one order run one after
     * the other, on whichever instance.
     */
    public Optional<Order> lockById(long id) {
        return jdbc.sql(OrderRows.SELECT + " WHERE id = :id FOR UPDATE").param("id", id).query(OrderRows::map)
                .optional();
    }

    /** The order paid by this provider payment (a Stripe PaymentIntent), its row locked as in {@link #lockById}. */
    public Optional<Order> lockByPaymentIntent(String intent) {
        return jdbc.sql(OrderRows.SELECT + " WHERE payment_intent = :intent FOR UPDATE").param("intent", intent)
                .query(OrderRows::map).optional();
    }

    /** The order paid by this provider payment (a Stripe PaymentIntent). */
    public Optional<Order> findByPaymentIntent(String intent) {
        return jdbc.sql(OrderRows.SELECT + " WHERE payment_intent = :intent").param("intent", intent)
                .query(OrderRows::map).optional();
    }

    /** The provider's id of the order's open payment, or empty. */
    public Optional<String> findPaymentIntent(long id) {
        return jdbc.sql("SELECT payment_intent FROM orders WHERE id = :id AND payment_intent IS NOT NULL")
                .param("id", id).query(String.class).optional();
    }

    /**
     * Marks a just-inserted order as waiting for the customer's payment, holding its stock until {@code until}.
     * Answers the number of orders changed: 1, or 0 when there is no such order.
     */
    public int awaitPayment(long id, String intent, Instant until) {
        return jdbc.sql("""
                UPDATE orders SET status = 'PENDING', payment_status = 'PENDING', payment_intent = :intent,
                                  reserved_until = :until
                WHERE id = :id
                """)
                .param("id", id)
                .param("intent", intent)
                .param("until", SqlTime.utc(until))
                .update();
    }

    /**
     * Moves the order's fulfilment and payment status together, guarded by both as read: of two concurrent updates
     * only one finds the order as it was. A non-null {@code reference} becomes the order's payment reference; the
     * reservation ends, and a cancelled order that comes back (a late payment) loses its cancellation time.
     */
    public boolean updatePayment(long id, OrderStatus fromStatus, PaymentStatus fromPayment, OrderStatus toStatus,
            PaymentStatus toPayment, String reference, Instant now) {
        return jdbc.sql("""
                UPDATE orders
                SET status = :toStatus, payment_status = :toPayment, reserved_until = NULL, updated_at = :now,
                    payment_reference = COALESCE(:reference, payment_reference),
                    cancelled_at = CASE WHEN :toStatus = 'CANCELLED' THEN :now
                                        WHEN :fromStatus = 'CANCELLED' THEN NULL ELSE cancelled_at END
                WHERE id = :id AND status = :fromStatus AND payment_status = :fromPayment
                """)
                .param("id", id)
                .param("fromStatus", fromStatus.name())
                .param("fromPayment", fromPayment.name())
                .param("toStatus", toStatus.name())
                .param("toPayment", toPayment.name())
                .param("reference", reference)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    /**
     * Adds a refund to the order's refunded total and sets its payment status: refunded once the total is reached,
     * else partially refunded. (MariaDB and MySQL assign from left to right, so the status is computed from the
     * total before this refund is added.)
     */
    public void addRefund(long id, BigDecimal amount, Instant now) {
        jdbc.sql("""
                UPDATE orders
                SET payment_status = CASE WHEN refunded_total + :amount >= total THEN 'REFUNDED'
                                          ELSE 'PARTIALLY_REFUNDED' END,
                    refunded_total = refunded_total + :amount, updated_at = :now
                WHERE id = :id
                """)
                .param("id", id)
                .param("amount", amount)
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** Lets a pending order hold its stock until {@code until}. */
    public void extendReservation(long id, Instant until) {
        jdbc.sql("UPDATE orders SET reserved_until = :until WHERE id = :id AND status = 'PENDING'")
                .param("id", id)
                .param("until", SqlTime.utc(until))
                .update();
    }

    /** Ids of orders still waiting for their payment after their reservation ended, oldest first. */
    public List<Long> findExpiredReservations(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM orders WHERE status = 'PENDING' AND reserved_until < :now
                ORDER BY reserved_until, id LIMIT :limit
                """)
                .param("now", SqlTime.utc(now))
                .param("limit", limit)
                .query(Long.class).list();
    }

    /**
     * Ids of cancelled orders whose money was not given back (paid or authorized, in full or in part): a crash came
     * between the cancellation and its refund. Only orders paid through {@code provider}, the one that can refund.
     */
    public List<Long> findCancelledWithMoney(Instant before, String provider, int limit) {
        return jdbc.sql("""
                SELECT id FROM orders
                WHERE status = 'CANCELLED' AND payment_status IN ('PAID', 'PARTIALLY_REFUNDED', 'AUTHORIZED')
                  AND payment_reference IS NOT NULL AND cancelled_at < :before AND payment_provider = :provider
                ORDER BY cancelled_at, id LIMIT :limit
                """)
                .param("before", SqlTime.utc(before))
                .param("provider", provider)
                .param("limit", limit)
                .query(Long.class).list();
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
