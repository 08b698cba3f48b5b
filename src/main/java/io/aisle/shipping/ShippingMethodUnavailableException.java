package io.aisle.shipping;

import io.aisle.platform.AisleException;
import java.util.List;
import java.util.Map;

/**
 * The chosen shipping method cannot ship this order; {@link #reason()} says why, and so does the problem
 * answer (400, field {@code shippingMethodId}, member {@code reason}).
 */
public class ShippingMethodUnavailableException extends AisleException {

    /** Why a method cannot be used. */
    public enum Reason {
        /** No method has this id. */
        UNKNOWN,
        /** The method's zone is not the one that covers the address. */
        NOT_FOR_ADDRESS,
        /** The admin paused the method. */
        INACTIVE,
        /** The order's subtotal or weight is below the method's first rate band. */
        NO_RATE
    }

    private final Reason reason;

    ShippingMethodUnavailableException(Reason reason, String message) {
        super(400, "Shipping method unavailable", message, Map.of("reason", reason.name(),
                "errors", List.of(Map.of("field", "shippingMethodId", "message", message))));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
