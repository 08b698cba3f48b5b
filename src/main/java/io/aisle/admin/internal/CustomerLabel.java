package io.aisle.admin.internal;

import io.aisle.identity.User;
import java.util.Map;

/** How an order's customer is named in admin lists: the account's email, or that the account is gone. */
public final class CustomerLabel {

    private CustomerLabel() {
    }

    /** {@code accounts} as {@link io.aisle.identity.AccountService#findAll} answers: deleted accounts are absent. */
    public static String of(long userId, Map<Long, User> accounts) {
        User user = accounts.get(userId);
        return user == null ? "Deleted account #" + userId : user.email();
    }
}
