package io.aisle.storefront.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, typed twice, with the reset link's token. */
public record ResetPasswordForm(String token,
        @NotBlank(message = "Enter a new password.")
        @Size(min = 8, max = 72, message = "Use 8 to 72 characters.") String newPassword,
        @NotBlank(message = "Type the new password again.") String confirmPassword) {
}
