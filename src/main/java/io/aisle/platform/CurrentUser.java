package io.aisle.platform;

import java.io.Serializable;

/**
 * Who is calling, taken from the verified access token or the signed-in web session. Controllers declare it as a parameter;
 * services take the plain id so that ownership is always scoped in their SQL. Serializable: the web session's
 * principal carries it, and sessions are stored in the database.
 */
public record CurrentUser(long id, String email, boolean admin) implements Serializable {

    /** A signed-in principal (the web session's) that knows who it is. */
    public interface Source {
        CurrentUser currentUser();
    }
}
