package io.aisle.platform;

import java.util.Map;

/**
 * A failure a caller can act on. Services throw subclasses named for the failure; the platform turns
 * them into RFC 9457 problem answers with the given status, title and detail. The detail is written
 * for the person calling the API, so it never carries internal messages.
 */
public abstract class AisleException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, Object> properties;

    protected AisleException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    protected AisleException(int status, String title, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Extra members of the problem answer, e.g. the id of the product that ran out. */
    public Map<String, Object> properties() {
        return properties;
    }
}
