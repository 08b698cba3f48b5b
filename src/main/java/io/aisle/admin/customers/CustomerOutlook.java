package io.aisle.admin.customers;

import io.aisle.insights.CustomerInsight;
import io.aisle.insights.Prediction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the active models say about one customer, as a shop owner reads it: how likely they are to buy
 * again within the horizon, what they are expected to spend in it, why (the top reasons in words) and how
 * sure the models are. The numbers behind it stay on the page in a details panel.
 */
record CustomerOutlook(BuyAgain buyAgain, BigDecimal expectedSpend, int horizonDays, List<Reason> buyReasons,
        List<Reason> spendReasons, Sureness buySureness, Sureness spendSureness) {

    /** How many reasons are put in words for each prediction (the details panel has all drivers). */
    static final int REASONS = 3;

    static CustomerOutlook of(CustomerInsight insight, int horizonDays, Map<String, Double> churnMetrics,
            Map<String, Double> spendMetrics) {
        Prediction p = insight.prediction();
        return new CustomerOutlook(BuyAgain.of(p.churnProbability(), p.risk()), p.predictedSpend(), horizonDays,
                Reason.churn(insight.churnDrivers(), insight.features(), REASONS),
                Reason.spend(insight.spendDrivers(), insight.features(), REASONS),
                Sureness.ofChurn(p.churnProbability(), churnMetrics), Sureness.ofSpend(spendMetrics));
    }
}
