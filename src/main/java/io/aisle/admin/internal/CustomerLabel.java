package io.aisle.admin.internal;

import io.aisle.identity.User;
import java.util.Map;

/** How an order's customer is named in admin lists: the account's email, that the account is gone, or a guest. */
public final class CustomerLabel {

    private CustomerLabel() {
    }

    /** {@code accounts} as {@link io.aisle.identity.AccountService#findAll} answers: deleted accounts are absent. */
    public static String of(long userId, Map<Long, User> accounts) {
        User user = accounts.get(userId);
        return user == null ? "Deleted account #" + userId : user.email();
    }

    /** An order's customer: as {@link #of(long, Map)}, or for a guest's order (no account) the e-mail it gave. */
    public static String of(Long userId, String email, Map<Long, User> accounts) {
        if (userId == null) {
            return email == null ? "Guest" : "Guest · " + email;
        }
        return of(userId.longValue(), accounts);
    }
}
