package io.aisle.promotions;

import java.util.List;

public interface PromotionService {
    Discounts evaluate(List<PromotionLine> lines, PromotionContext context);
    void redeem(Discounts discounts, long orderId, String customerEmail);
}
