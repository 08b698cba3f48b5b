package io.aisle.identity;

import java.time.Instant;

/**
 * An account as its owner sees it. Never carries the password or its hash. {@code emailVerifiedAt} is when the
 * current e-mail address was proven (null: not yet); {@code cartReminders} whether the customer wants a reminder of
 * a cart they left.
 */
public record User(long id, String email, String fullName, String phone, PostalAddress shippingAddress, Role role,
        Instant createdAt, Instant emailVerifiedAt, boolean cartReminders) {

    /** Whether the owner proved that the e-mail address is theirs. */
    public boolean verified() {
        return emailVerifiedAt != null;
    }

    /** How the customer is named next to things they write in public (reviews): "Ada L." */
    public String publicName() {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length == 1) {
            return parts[0];
        }
        return parts[0] + " " + parts[parts.length - 1].charAt(0) + ".";
    }
}
