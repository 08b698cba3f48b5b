package io.aisle.storefront.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, confirmed with the current one. */
public record PasswordForm(@NotBlank(message = "Enter your current password.") String currentPassword,
        @NotBlank(message = "Enter a new password.")
        @Size(min = 8, max = 72, message = "Use 8 to 72 characters.") String newPassword) {

    static final PasswordForm EMPTY = new PasswordForm("", "");
}
