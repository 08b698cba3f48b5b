package io.aisle.promotions;

import io.aisle.platform.ConflictException;

/** The order already recorded its promotions: a checkout must redeem once. */
public class PromotionAlreadyRedeemedException extends ConflictException {

    public PromotionAlreadyRedeemedException(long orderId) {
        super("Promotion already redeemed", "Order " + orderId + " has already redeemed its promotions.");
    }
}
