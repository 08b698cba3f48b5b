package io.aisle.platform;

/** Credentials or tokens that do not prove who the caller is. */
public class AuthenticationFailedException extends AisleException {

    public AuthenticationFailedException(String detail) {
        super(401, "Unauthorized", detail);
    }
}
