package io.aisle.returns;

import io.aisle.platform.ConflictException;
import java.util.Map;

/** The return is not where this step starts from (or someone else moved it just now). */
public class ReturnStatusConflictException extends ConflictException {

    public ReturnStatusConflictException(long returnId, ReturnStatus current, ReturnStatus wanted) {
        super("Return status conflict", "Return " + returnId + " is " + current + " and cannot become " + wanted
                + ".", Map.of("currentStatus", current.name()));
    }
}
