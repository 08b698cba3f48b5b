package io.aisle.insights.data;

import io.aisle.insights.CustomerScore;
import io.aisle.insights.RiskBand;
import io.aisle.insights.ValueBand;
import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest score of every scored customer, one row each. */
@Repository
public class CustomerScoreRepository {

    private static final String SELECT = """
            SELECT user_id, churn_probability, risk_band, predicted_spend, value_band, churn_model_id,
                   spend_model_id, scored_at
            FROM ml_customer_scores
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    CustomerScoreRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts or replaces the scores, in one batched statement. */
    public void upsertAll(List<CustomerScore> scores) {
        MapSqlParameterSource[] rows = scores.stream().map(s -> new MapSqlParameterSource()
                .addValue("userId", s.userId())
                .addValue("churn", s.churnProbability())
                .addValue("risk", s.risk().name())
                .addValue("spend", s.predictedSpend())
                .addValue("value", s.value().name())
                .addValue("churnModel", s.churnModelId())
                .addValue("spendModel", s.spendModelId())
                .addValue("scoredAt", SqlTime.utc(s.scoredAt()))).toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO ml_customer_scores (user_id, churn_probability, risk_band, predicted_spend, value_band,
                                                churn_model_id, spend_model_id, scored_at)
                VALUES (:userId, :churn, :risk, :spend, :value, :churnModel, :spendModel, :scoredAt)
                ON DUPLICATE KEY UPDATE churn_probability = VALUES(churn_probability), risk_band = VALUES(risk_band),
                    predicted_spend = VALUES(predicted_spend), value_band = VALUES(value_band),
                    churn_model_id = VALUES(churn_model_id), spend_model_id = VALUES(spend_model_id),
                    scored_at = VALUES(scored_at)
                """, rows);
    }

    /** Drops the scores an earlier run left for customers the latest run no longer scores. */
    public int deleteScoredBefore(Instant runStart) {
        return jdbc.sql("DELETE FROM ml_customer_scores WHERE scored_at < :runStart")
                .param("runStart", SqlTime.utc(runStart))
                .update();
    }

    public int deleteByUser(long userId) {
        return jdbc.sql("DELETE FROM ml_customer_scores WHERE user_id = :userId").param("userId", userId).update();
    }

    /** Highest churn probability first; {@code risk} null for every band. */
    public List<CustomerScore> findRanked(RiskBand risk, PageQuery page) {
        return jdbc.sql(SELECT + """
                 WHERE (:risk IS NULL OR risk_band = :risk)
                 ORDER BY churn_probability DESC, user_id
                 LIMIT :limit OFFSET :offset
                """)
                .param("risk", risk == null ? null : risk.name())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
    }

    public long count(RiskBand risk) {
        return jdbc.sql("SELECT COUNT(*) FROM ml_customer_scores WHERE (:risk IS NULL OR risk_band = :risk)")
                .param("risk", risk == null ? null : risk.name())
                .query(Long.class)
                .single();
    }

    /** Customers at or above both thresholds, by user id. */
    public List<CustomerScore> findAtRisk(double minChurnProbability, BigDecimal minPredictedSpend) {
        return jdbc.sql(SELECT + """
                 WHERE churn_probability >= :minChurn AND predicted_spend >= :minSpend
                 ORDER BY user_id
                """)
                .param("minChurn", minChurnProbability)
                .param("minSpend", minPredictedSpend)
                .query(this::map)
                .list();
    }

    public List<CustomerScore> findByUserIds(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE user_id IN (:ids)").param("ids", userIds).query(this::map).list();
    }

    private CustomerScore map(ResultSet rs, int row) throws SQLException {
        return new CustomerScore(rs.getLong("user_id"), rs.getDouble("churn_probability"),
                RiskBand.valueOf(rs.getString("risk_band")), rs.getBigDecimal("predicted_spend"),
                ValueBand.valueOf(rs.getString("value_band")), rs.getLong("churn_model_id"),
                rs.getLong("spend_model_id"), SqlTime.instant(rs, "scored_at"));
    }
}
