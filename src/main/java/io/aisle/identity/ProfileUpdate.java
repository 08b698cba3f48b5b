package io.aisle.identity;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partial profile change: missing (null) fields stay as they are. Changing the password needs the
 * current one. {@code cartReminders}: whether to be reminded by e-mail of a cart left for a while.
 */
public record ProfileUpdate(
        @Size(min = 1, max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*\\S[^\\p{Cntrl}]*", message = "must not be blank") String fullName,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\-. ]*", message = "may contain only digits, spaces and + ( ) - .") String phone,
        @Valid PostalAddress shippingAddress,
        String currentPassword,
        // "password" too: a client sending it must not see 200 with the password silently unchanged
        @JsonAlias("password") @Size(min = 8, max = 72, message = "must be between 8 and 72 characters") String newPassword,
        Boolean cartReminders) {

    /** A change of the cart-reminder setting only. */
    public static ProfileUpdate cartReminders(boolean on) {
        return new ProfileUpdate(null, null, null, null, null, on);
    }
}
