package io.aisle.promotions.data;

import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionForm;
import io.aisle.promotions.PromotionStatus;
import io.aisle.promotions.PromotionUsage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PromotionRepository {

    private final JdbcClient jdbc;

    PromotionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Promotion> findById(long id) {
        return jdbc.sql("SELECT " + PromotionRows.COLUMNS + " FROM promotions p WHERE p.id = :id")
                .param("id", id).query((rs, n) -> PromotionRows.map(rs)).optional();
    }

    /**
     * What a checkout must consider: every active automatic promotion, and the promotion with this code
     * (upper-cased; null for none) whatever its state, so that a refusal can say why. A plain read: the
     * limits are enforced when the order redeems them.
     */
    public List<Candidate> findCandidates(String codeKey) {
        return jdbc.sql("SELECT " + PromotionRows.COLUMNS + """
                , c.uses FROM promotions p JOIN promotion_counters c ON c.promotion_id = p.id
                WHERE (p.code_key IS NULL AND p.status = 'ACTIVE') OR p.code_key = :code
                ORDER BY p.id
                """)
                .param("code", codeKey)
                .query((rs, n) -> new Candidate(PromotionRows.map(rs), rs.getLong("uses"))).list();
    }

    /** A page of promotions, newest first, with their redemptions counted and summed; personal codes if asked. */
    public List<PromotionUsage> findPage(PageQuery page, boolean personal) {
        return jdbc.sql("SELECT " + PromotionRows.COLUMNS + """
                , (SELECT COUNT(*) FROM promotion_redemptions r WHERE r.promotion_id = p.id) AS redemptions,
                  (SELECT COALESCE(SUM(r.amount), 0) FROM promotion_redemptions r WHERE r.promotion_id = p.id) AS discounted
                FROM promotions p WHERE (:personal OR p.customer_user_id IS NULL)
                ORDER BY p.id DESC LIMIT :size OFFSET :offset
                """)
                .param("personal", personal).param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> new PromotionUsage(PromotionRows.map(rs), rs.getLong("redemptions"),
                        rs.getBigDecimal("discounted").setScale(2)))
                .list();
    }

    public long count(boolean personal) {
        return jdbc.sql("SELECT COUNT(*) FROM promotions p WHERE (:personal OR p.customer_user_id IS NULL)")
                .param("personal", personal).query(Long.class).single();
    }

    /** Inserts an active promotion and returns its id; a code already taken fails with a duplicate key. */
    public long insert(PromotionForm form, String code, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO promotions (name, code, code_key, kind, value, buy_quantity, discounted_quantity, min_subtotal,
                    product_ids, category_slugs, first_order_only, starts_at, ends_at, usage_limit, per_customer_limit,
                    stackable, status, created_at, updated_at)
                VALUES (:name, :code, UPPER(:code), :kind, :value, :buy, :discounted, :minSubtotal, :productIds, :categories,
                    :firstOrderOnly, :startsAt, :endsAt, :usageLimit, :perCustomerLimit, :stackable, 'ACTIVE', :now, :now)
                """)
                .paramSource(params(null, form, code, now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Inserts an active personal promotion (a code for one customer), tagged with what issued it; a code or an issue
     * key already taken fails with a duplicate key.
     */
    public long insertPersonal(PromotionForm form, long customerUserId, String issueKey, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO promotions (name, code, code_key, kind, value, ends_at, usage_limit, per_customer_limit,
                    first_order_only, stackable, status, created_at, updated_at, customer_user_id, issue_key)
                VALUES (:name, :code, UPPER(:code), :kind, :value, :endsAt, :usageLimit, :perCustomerLimit, FALSE, FALSE,
                    'ACTIVE', :now, :now, :customerUserId, :issueKey)
                """)
                .param("name", form.name()).param("code", form.code()).param("kind", form.kind().name())
                .param("value", form.value()).param("endsAt", SqlTime.utc(form.endsAt()))
                .param("usageLimit", form.usageLimit()).param("perCustomerLimit", form.perCustomerLimit())
                .param("now", SqlTime.utc(now)).param("customerUserId", customerUserId).param("issueKey", issueKey)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Pauses and ends, at {@code now}, the account's personal promotions not ended yet; answers how many. */
    public int endPersonal(long customerUserId, Instant now) {
        return jdbc.sql("""
                UPDATE promotions SET status = 'PAUSED', ends_at = :now, updated_at = :now
                WHERE customer_user_id = :customerUserId AND (ends_at IS NULL OR ends_at > :now)
                """)
                .param("customerUserId", customerUserId).param("now", SqlTime.utc(now))
                .update();
    }

    public Optional<Promotion> findByIssueKey(String issueKey) {
        return jdbc.sql("SELECT " + PromotionRows.COLUMNS + " FROM promotions p WHERE p.issue_key = :issueKey")
                .param("issueKey", issueKey).query((rs, n) -> PromotionRows.map(rs)).optional();
    }

    /** Replaces everything the form holds; status, creation time and usage stay. Returns the rows changed. */
    public int update(long id, PromotionForm form, String code, Instant now) {
        return jdbc.sql("""
                UPDATE promotions SET name = :name, code = :code, code_key = UPPER(:code), kind = :kind, value = :value,
                    buy_quantity = :buy, discounted_quantity = :discounted, min_subtotal = :minSubtotal, product_ids = :productIds,
                    category_slugs = :categories, first_order_only = :firstOrderOnly, starts_at = :startsAt,
                    ends_at = :endsAt, usage_limit = :usageLimit, per_customer_limit = :perCustomerLimit,
                    stackable = :stackable, updated_at = :now
                WHERE id = :id
                """)
                .paramSource(params(id, form, code, now))
                .update();
    }

    public int setStatus(long id, PromotionStatus status, Instant now) {
        return jdbc.sql("UPDATE promotions SET status = :status, updated_at = :now WHERE id = :id")
                .param("status", status.name()).param("now", SqlTime.utc(now)).param("id", id)
                .update();
    }

    private static PromotionParams params(Long id, PromotionForm form, String code, Instant now) {
        return new PromotionParams(id, form.name().strip(), code, form.kind().name(), form.value(), form.buyQuantity(),
                form.discountedQuantity(), form.minSubtotal(), PromotionRows.join(form.productIds()),
                PromotionRows.join(form.categorySlugs()), form.firstOrderOnly(), SqlTime.utc(form.startsAt()),
                SqlTime.utc(form.endsAt()), form.usageLimit(), form.perCustomerLimit(), form.stackable(),
                SqlTime.utc(now));
    }
}
