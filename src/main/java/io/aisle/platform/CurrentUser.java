package io.aisle.platform;

/**
 * Who is calling, taken from the verified access token. Controllers declare it as a parameter;
 * services take the plain id so that ownership is always scoped in their SQL.
 */
public record CurrentUser(long id, String email, boolean admin) {
}
