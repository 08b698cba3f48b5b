package io.aisle.storefront.account;

import io.aisle.identity.User;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The customer's name and phone number. */
public record ProfileForm(
        @NotBlank(message = "Enter your name.") @Size(max = 200, message = "At most 200 characters.") String fullName,
        @Size(max = 40, message = "At most 40 characters.")
        @Pattern(regexp = "[0-9+()\\-. ]*", message = "Use only digits, spaces and + ( ) - .") String phone) {

    static ProfileForm of(User user) {
        return new ProfileForm(user.fullName(), user.phone() == null ? "" : user.phone());
    }
}
