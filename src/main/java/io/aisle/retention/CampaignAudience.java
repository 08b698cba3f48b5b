package io.aisle.retention;

import java.math.BigDecimal;

/**
 * The preview of a campaign: how many customers both thresholds choose now, and how they would split;
 * {@code inRunningCampaigns} more match but are in a campaign whose horizon still runs, and are left out.
 */
public record CampaignAudience(double minChurnProbability, BigDecimal minPredictedSpend, long customers, long treated,
        long control, long inRunningCampaigns) {
}
