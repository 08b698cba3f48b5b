package io.aisle.retention;

import java.time.Instant;

/**
 * Treated against control, over [{@code measuredFrom}, {@code measuredUntil}): the horizon when it has passed
 * ({@code complete}), else up to now (interim figures). The uplifts are treated minus control: the repurchase rate
 * with Newcombe's hybrid score interval, the spend per customer with Welch's t interval; both intervals only once the
 * report is complete (interim uplifts have null bounds: not a result yet). Every member stays in
 * the arm drawn for them (intention to treat); {@code leftTreated} and {@code leftControl} only say how many of them
 * deleted their account since.
 */
public record CampaignReport(long campaignId, boolean complete, Instant measuredFrom, Instant measuredUntil,
        Instant horizonEndsAt, ArmFigures treated, ArmFigures control, Estimate redemptionRate,
        Estimate repurchaseUplift, Estimate spendUplift, long leftTreated, long leftControl) {
}
