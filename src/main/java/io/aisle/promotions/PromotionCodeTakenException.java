package io.aisle.promotions;

import io.aisle.platform.ConflictException;
import java.util.Map;

/** Codes are unique regardless of case: another promotion already has this one. */
public class PromotionCodeTakenException extends ConflictException {

    public PromotionCodeTakenException(String code) {
        super("Code already in use", "Another promotion already has the code " + code + " (codes ignore case).",
                Map.of("code", code));
    }
}
