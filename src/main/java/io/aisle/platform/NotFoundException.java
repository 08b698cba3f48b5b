package io.aisle.platform;

/** Something does not exist, or is not the caller's: both answer 404 so ids reveal nothing. */
public class NotFoundException extends AisleException {

    public NotFoundException(String detail) {
        super(404, "Not found", detail);
    }
}
