package io.aisle.platform;

import java.util.Map;

/** The request is valid but clashes with the current state (stock, status flow, duplicates). */
public class ConflictException extends AisleException {

    public ConflictException(String title, String detail) {
        super(409, title, detail);
    }

    public ConflictException(String title, String detail, Map<String, Object> properties) {
        super(409, title, detail, properties);
    }
}
