package io.aisle.retention.data;

import io.aisle.platform.SqlTime;
import io.aisle.retention.Arm;
import io.aisle.retention.CampaignMember;
import io.aisle.retention.CampaignProgress;
import io.aisle.retention.OfferState;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Campaign members and the state machine of their offers. Every change of state is a guarded UPDATE: a sender acts
 * on a member only while it holds the member's claim ({@code claim_token}) and the member is still PENDING, so two
 * senders (threads or instances) can never both make one member's offer.
 */
@Repository
public class MemberRepository {

    private static final String SELECT = """
            SELECT campaign_id, user_id, arm, churn_probability, predicted_spend, state, attempts, promotion_id, code,
                   llm_written, offered_at, left_at
            FROM retention_members
            """;
    private static final String FREE = "state = 'PENDING' AND (lease_until IS NULL OR lease_until < :now)";

    /** A member to insert: CONTROL members start CONTROL, treated ones PENDING. */
    public record NewMember(long userId, Arm arm, double churnProbability, BigDecimal predictedSpend) {
    }

    /** Which member. */
    public record MemberKey(long campaignId, long userId) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    MemberRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts the members in one batched statement. */
    public void insertAll(long campaignId, List<NewMember> members) {
        batch.batchUpdate("""
                INSERT INTO retention_members (campaign_id, user_id, arm, churn_probability, predicted_spend, state)
                VALUES (:campaignId, :userId, :arm, :churn, :spend, :state)
                """, members.stream().map(m -> new MapSqlParameterSource()
                .addValue("campaignId", campaignId).addValue("userId", m.userId()).addValue("arm", m.arm().name())
                .addValue("churn", m.churnProbability()).addValue("spend", m.predictedSpend())
                .addValue("state", m.arm() == Arm.CONTROL ? OfferState.CONTROL.name() : OfferState.PENDING.name()))
                .toArray(MapSqlParameterSource[]::new));
    }

    /** The customers in a campaign whose horizon has not ended by {@code now}. */
    public Set<Long> findUsersInRunningCampaigns(Instant now) {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT m.user_id FROM retention_members m
                JOIN retention_campaigns c ON c.id = m.campaign_id
                WHERE c.horizon_ends_at > :now
                """)
                .param("now", SqlTime.utc(now)).query(Long.class).list());
    }

    public CampaignProgress progress(long campaignId) {
        return jdbc.sql("""
                SELECT COUNT(*) AS members, COALESCE(SUM(state = 'CONTROL'), 0) AS control,
                       COALESCE(SUM(state = 'PENDING'), 0) AS pending, COALESCE(SUM(state = 'OFFERED'), 0) AS offered,
                       COALESCE(SUM(state = 'SKIPPED'), 0) AS skipped, COALESCE(SUM(left_at IS NOT NULL), 0) AS left_count
                FROM retention_members WHERE campaign_id = :campaignId
                """)
                .param("campaignId", campaignId)
                .query((rs, n) -> new CampaignProgress(rs.getLong("members"), rs.getLong("control"),
                        rs.getLong("pending"), rs.getLong("offered"), rs.getLong("skipped"), rs.getLong("left_count")))
                .single();
    }

    /** Treated members whose offer waits and whom no living sender holds, oldest campaign first. */
    public List<MemberKey> findDue(Instant now, int limit) {
        return jdbc.sql("SELECT campaign_id, user_id FROM retention_members WHERE " + FREE
                        + " ORDER BY campaign_id, user_id LIMIT :limit")
                .param("now", SqlTime.utc(now)).param("limit", limit)
                .query((rs, n) -> new MemberKey(rs.getLong("campaign_id"), rs.getLong("user_id"))).list();
    }

    /** Claims a waiting member for one sender until {@code leaseUntil}, counting the attempt; false if not free. */
    public boolean claim(MemberKey m, String token, Instant now, Instant leaseUntil) {
        return jdbc.sql("UPDATE retention_members SET claim_token = :token, lease_until = :leaseUntil,"
                        + " attempts = attempts + 1 WHERE campaign_id = :campaignId AND user_id = :userId AND " + FREE)
                .param("token", token).param("leaseUntil", SqlTime.utc(leaseUntil)).param("now", SqlTime.utc(now))
                .param("campaignId", m.campaignId()).param("userId", m.userId())
                .update() == 1;
    }

    public Optional<CampaignMember> find(MemberKey m) {
        return jdbc.sql(SELECT + " WHERE campaign_id = :campaignId AND user_id = :userId")
                .param("campaignId", m.campaignId()).param("userId", m.userId()).query(this::map).optional();
    }

    /**
     * PENDING to OFFERED, only for the sender holding the claim; the first statement of the offer's transaction, so
     * the row stays locked until the code and the mail commit with it. False: the claim was lost.
     */
    public boolean markOffered(MemberKey m, String token, String code, boolean llmWritten, Instant now) {
        return jdbc.sql("""
                UPDATE retention_members SET state = 'OFFERED', code = :code, llm_written = :llm, offered_at = :now,
                    claim_token = NULL, lease_until = NULL
                WHERE campaign_id = :campaignId AND user_id = :userId AND state = 'PENDING' AND claim_token = :token
                """)
                .param("code", code).param("llm", llmWritten).param("now", SqlTime.utc(now)).param("token", token)
                .param("campaignId", m.campaignId()).param("userId", m.userId())
                .update() == 1;
    }

    /** The code actually issued to the member (and its promotion), and whether the LLM's letter goes out with it. */
    public void setIssued(MemberKey m, long promotionId, String code, boolean llmWritten) {
        jdbc.sql("""
                UPDATE retention_members SET promotion_id = :promotionId, code = :code, llm_written = :llm
                WHERE campaign_id = :campaignId AND user_id = :userId
                """)
                .param("promotionId", promotionId).param("code", code).param("llm", llmWritten)
                .param("campaignId", m.campaignId()).param("userId", m.userId())
                .update();
    }

    /** PENDING to SKIPPED, only for the sender holding the claim. */
    public boolean skip(MemberKey m, String token) {
        return jdbc.sql("""
                UPDATE retention_members SET state = 'SKIPPED', claim_token = NULL, lease_until = NULL
                WHERE campaign_id = :campaignId AND user_id = :userId AND state = 'PENDING' AND claim_token = :token
                """)
                .param("token", token).param("campaignId", m.campaignId()).param("userId", m.userId())
                .update() == 1;
    }

    /** The customer's account is gone: their rows say since when, and an offer not made yet is never made. */
    public int markLeft(long userId, Instant now) {
        return jdbc.sql("""
                UPDATE retention_members SET left_at = :now,
                    state = CASE WHEN state = 'PENDING' THEN 'SKIPPED' ELSE state END
                WHERE user_id = :userId AND left_at IS NULL
                """)
                .param("now", SqlTime.utc(now)).param("userId", userId)
                .update();
    }

    public List<CampaignMember> findAll(long campaignId) {
        return jdbc.sql(SELECT + " WHERE campaign_id = :campaignId ORDER BY user_id")
                .param("campaignId", campaignId).query(this::map).list();
    }

    private CampaignMember map(ResultSet rs, int row) throws SQLException {
        return new CampaignMember(rs.getLong("campaign_id"), rs.getLong("user_id"), Arm.valueOf(rs.getString("arm")),
                rs.getDouble("churn_probability"), rs.getBigDecimal("predicted_spend"),
                OfferState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getObject("promotion_id", Long.class), rs.getString("code"),
                rs.getObject("llm_written", Boolean.class), SqlTime.instant(rs, "offered_at"),
                SqlTime.instant(rs, "left_at"));
    }
}
