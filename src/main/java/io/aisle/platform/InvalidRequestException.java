package io.aisle.platform;

/** Input that passed the syntax checks but makes no sense for this request. */
public class InvalidRequestException extends AisleException {

    public InvalidRequestException(String detail) {
        super(400, "Invalid request", detail);
    }
}
