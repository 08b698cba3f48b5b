package io.aisle.promotions;

/** Whether a promotion can apply at all; its dates still decide when. */
public enum PromotionStatus {
    ACTIVE,
    PAUSED
}
