package io.aisle.promotions;

import io.aisle.platform.AisleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entered code cannot apply to this cart, or a promotion ran out while the order was being placed. The
 * answer's {@code reason} tells a client which (e.g. to offer removing the code); its detail says why in
 * words. Limits that ran out are 409 (trying again will not help, but the cart was fine); everything else
 * about the code or the cart is 400 with {@code errors} naming the field {@code code}.
 */
public class PromotionRefusedException extends AisleException {

    /** Why; the HTTP status and title go with it. */
    public enum Reason {
        UNKNOWN_CODE(400, "Unknown promotion code"),
        NOT_STARTED(400, "Promotion not started"),
        EXPIRED(400, "Promotion expired"),
        PAUSED(400, "Promotion paused"),
        USED_UP(409, "Promotion used up"),
        CUSTOMER_LIMIT_REACHED(409, "Promotion limit reached"),
        MINIMUM_NOT_MET(400, "Minimum subtotal not met"),
        NO_ELIGIBLE_PRODUCTS(400, "No eligible products"),
        FIRST_ORDER_ONLY(400, "First order only"),
        CANNOT_COMBINE(400, "Promotions cannot be combined"),
        NOT_YOURS(400, "Personal code");

        final int status;
        final String title;

        Reason(int status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    private final Reason reason;

    public PromotionRefusedException(Reason reason, String code, String detail) {
        this(reason, code, detail, Map.of());
    }

    public PromotionRefusedException(Reason reason, String code, String detail, Map<String, Object> more) {
        super(reason.status, reason.title, detail, properties(reason, code, detail, more));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    private static Map<String, Object> properties(Reason reason, String code, String detail, Map<String, Object> more) {
        Map<String, Object> properties = new LinkedHashMap<>(more);
        properties.put("reason", reason.name());
        if (code != null) {
            properties.put("code", code);
            properties.put("errors", List.of(Map.of("field", "code", "message", detail)));
        }
        return properties;
    }
}
