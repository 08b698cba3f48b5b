package io.aisle.platform;

import java.util.List;
import java.util.Map;

/**
 * Input that passed the syntax checks but makes no sense for this request. When one input is to blame,
 * the answer names it in {@code errors}, like the field errors of bean validation.
 */
public class InvalidRequestException extends AisleException {

    public InvalidRequestException(String detail) {
        super(400, "Invalid request", detail);
    }

    /** {@code field} (a body field or query parameter) is invalid; {@code message} says why, e.g. "must be 0 or more". */
    public InvalidRequestException(String field, String message) {
        super(400, "Invalid request", field + " " + message + ".",
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
