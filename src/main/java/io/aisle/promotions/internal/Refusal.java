package io.aisle.promotions.internal;

import io.aisle.promotions.PromotionRefusedException;
import io.aisle.promotions.PromotionRefusedException.Reason;
import java.util.Map;

/** Why a promotion does not apply: thrown for an entered code, silently skipped for an automatic promotion. */
public record Refusal(Reason reason, String detail, Map<String, Object> properties) {

    Refusal(Reason reason, String detail) {
        this(reason, detail, Map.of());
    }

    public PromotionRefusedException exception(String code) {
        return new PromotionRefusedException(reason, code, detail, properties);
    }
}
