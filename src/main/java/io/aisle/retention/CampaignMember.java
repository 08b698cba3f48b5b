package io.aisle.retention;

import java.math.BigDecimal;
import java.time.Instant;

/** A customer chosen for a campaign, the arm drawn for them and, if treated, their offer. */
public record CampaignMember(long campaignId, long userId, Arm arm, double churnProbability, BigDecimal predictedSpend,
        OfferState state, int attempts, Long promotionId, String code, Boolean llmWritten, Instant offeredAt,
        Instant leftAt) {
}
