package io.aisle.retention;

import io.aisle.identity.HistoricalAccount;
import io.aisle.identity.HistoricalAccounts;
import io.aisle.insights.CustomerScore;
import io.aisle.insights.RiskBand;
import io.aisle.insights.ValueBand;
import io.aisle.insights.data.CustomerScoreRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntToDoubleFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers of one test, scored as valuable and at risk, with a predicted spend above every score already stored
 * (the database outlives test runs), so that a campaign with {@link #minSpend} as its threshold chooses exactly them.
 * Their scores are made up and they never bought, so {@link #unscoreAll} drops the scores after each test: other
 * tests open the customer at the top of the at-risk list and expect a customer the models scored.
 */
public record AtRiskCohort(List<Long> userIds, List<String> emails, BigDecimal minSpend) {

    private static final Queue<Long> SCORED = new ConcurrentLinkedQueue<>();

    /** Drops the scores of every cohort made so far (campaigns keep what they recorded of them). */
    public static void unscoreAll(CustomerScoreRepository scores) {
        for (Long userId = SCORED.poll(); userId != null; userId = SCORED.poll()) {
            scores.deleteByUser(userId);
        }
    }

    public static AtRiskCohort create(int size, HistoricalAccounts accounts, CustomerScoreRepository scores, JdbcClient jdbc) {
        return create(size, i -> 0.8 + (i % 10) / 100.0, accounts, scores, jdbc);
    }

    /** {@code size} customers, the i-th scored with churn probability {@code churn(i)} (at least 0.5). */
    public static AtRiskCohort create(int size, IntToDoubleFunction churn, HistoricalAccounts accounts,
            CustomerScoreRepository scores, JdbcClient jdbc) {
        BigDecimal floor = floor(jdbc);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<HistoricalAccount> made = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            made.add(new HistoricalAccount("retention-" + run + "-" + i + "@example.com", "Ada" + " Customer" + i,
                    Instant.parse("2024-01-01T00:00:00Z")));
        }
        List<Long> ids = accounts.createAll(made);
        return scored(ids, made.stream().map(HistoricalAccount::email).toList(), floor, churn, scores);
    }

    /** These existing customers, scored above every stored score. */
    static AtRiskCohort scored(List<Long> ids, CustomerScoreRepository scores, JdbcClient jdbc) {
        return scored(ids, List.of(), floor(jdbc), i -> 0.8 + (i % 10) / 100.0, scores);
    }

    private static BigDecimal floor(JdbcClient jdbc) {
        return jdbc.sql("SELECT COALESCE(MAX(predicted_spend), 0) FROM ml_customer_scores")
                .query(BigDecimal.class).single().add(BigDecimal.ONE).setScale(0, RoundingMode.CEILING);
    }

    private static AtRiskCohort scored(List<Long> ids, List<String> emails, BigDecimal floor, IntToDoubleFunction churn,
            CustomerScoreRepository scores) {
        // scored "tomorrow": a scoring run started by another test meanwhile drops scores older than its start only
        Instant scoredAt = Instant.now().plus(Duration.ofDays(1));
        List<CustomerScore> cohort = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            cohort.add(new CustomerScore(ids.get(i), churn.applyAsDouble(i), RiskBand.HIGH, floor.add(BigDecimal.valueOf(i % 7)),
                    ValueBand.HIGH, 0, 0, scoredAt));
        }
        scores.upsertAll(cohort);
        SCORED.addAll(ids);
        return new AtRiskCohort(ids, emails, floor);
    }

    /** A campaign form for exactly this cohort. */
    public CampaignForm form(String name, double controlShare, long seed) {
        return new CampaignForm(name, 0.8, minSpend, DiscountKind.PERCENTAGE, new BigDecimal("15"), 30, 90, controlShare,
                false, seed);
    }
}
