package io.aisle.retention.data;

import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import io.aisle.retention.Campaign;
import io.aisle.retention.DiscountKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Campaigns as started; their progress comes from the members. */
@Repository
public class CampaignRepository {

    private static final String SELECT = """
            SELECT id, name, min_churn_probability, min_predicted_spend, discount_kind, discount_value, code_valid_days,
                   horizon_days, control_share, llm_text, seed, started_by, started_at, horizon_ends_at, codes_expire_at
            FROM retention_campaigns
            """;

    /** A campaign to insert. */
    public record NewCampaign(String requestKey, String name, double minChurnProbability, BigDecimal minPredictedSpend,
            DiscountKind discountKind, BigDecimal discountValue, int codeValidDays, int horizonDays,
            double controlShare, boolean llmText, long seed, String startedBy, Instant startedAt,
            Instant horizonEndsAt, Instant codesExpireAt) {
    }

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the campaign and returns its id; a request key used before fails with a duplicate key. */
    public long insert(NewCampaign c) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO retention_campaigns (request_key, name, min_churn_probability, min_predicted_spend,
                    discount_kind, discount_value, code_valid_days, horizon_days, control_share, llm_text, seed,
                    started_by, started_at, horizon_ends_at, codes_expire_at)
                VALUES (:requestKey, :name, :minChurn, :minSpend, :kind, :value, :validDays, :horizonDays,
                    :controlShare, :llmText, :seed, :startedBy, :startedAt, :horizonEndsAt, :codesExpireAt)
                """)
                .param("requestKey", c.requestKey()).param("name", c.name()).param("minChurn", c.minChurnProbability())
                .param("minSpend", c.minPredictedSpend()).param("kind", c.discountKind().name())
                .param("value", c.discountValue()).param("validDays", c.codeValidDays())
                .param("horizonDays", c.horizonDays()).param("controlShare", c.controlShare())
                .param("llmText", c.llmText()).param("seed", c.seed()).param("startedBy", c.startedBy())
                .param("startedAt", SqlTime.utc(c.startedAt())).param("horizonEndsAt", SqlTime.utc(c.horizonEndsAt()))
                .param("codesExpireAt", SqlTime.utc(c.codesExpireAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Waits for, and holds until the transaction ends, the lock every campaign start takes first: a write to one row,
     * which also makes two starts on two Galera nodes conflict.
     */
    public void lockStarts() {
        jdbc.sql("UPDATE retention_start_lock SET starts = starts + 1 WHERE id = 1").update();
    }

    /** The campaign, with no progress yet (see {@link MemberRepository#progress}). */
    public Optional<Campaign> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<Long> findIdByRequestKey(String requestKey) {
        return jdbc.sql("SELECT id FROM retention_campaigns WHERE request_key = :key").param("key", requestKey)
                .query(Long.class).optional();
    }

    /** Newest first. */
    public List<Campaign> findPage(PageQuery page) {
        return jdbc.sql(SELECT + " ORDER BY id DESC LIMIT :size OFFSET :offset")
                .param("size", page.size()).param("offset", page.offset()).query(this::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM retention_campaigns").query(Long.class).single();
    }

    private Campaign map(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getString("name"), rs.getDouble("min_churn_probability"),
                rs.getBigDecimal("min_predicted_spend"), DiscountKind.valueOf(rs.getString("discount_kind")),
                rs.getBigDecimal("discount_value"), rs.getInt("code_valid_days"), rs.getInt("horizon_days"),
                rs.getDouble("control_share"), rs.getBoolean("llm_text"), rs.getLong("seed"),
                rs.getString("started_by"), SqlTime.instant(rs, "started_at"), SqlTime.instant(rs, "horizon_ends_at"),
                SqlTime.instant(rs, "codes_expire_at"), null);
    }
}
