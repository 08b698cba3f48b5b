package io.aisle.identity;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partial profile change: missing (null) fields stay as they are. Changing the password needs the
 * current one.
 */
public record ProfileUpdate(
        @Size(min = 1, max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*\\S[^\\p{Cntrl}]*", message = "must not be blank") String fullName,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\-. ]*", message = "may contain only digits, spaces and + ( ) - .") String phone,
        @Valid PostalAddress shippingAddress,
        String currentPassword,
        // "password" too: a client sending it must not see 200 with the password silently unchanged
        @JsonAlias("password") @Size(min = 8, max = 72, message = "must be between 8 and 72 characters") String newPassword) {
}
