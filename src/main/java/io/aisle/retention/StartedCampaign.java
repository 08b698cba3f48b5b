package io.aisle.retention;

/** The campaign a submission started; {@code created} false when the same submission had started it before. */
public record StartedCampaign(Campaign campaign, boolean created) {
}
