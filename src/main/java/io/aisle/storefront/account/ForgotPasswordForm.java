package io.aisle.storefront.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address to mail a password-reset link to. */
public record ForgotPasswordForm(
        @NotBlank(message = "Enter your email address.") @Size(max = 254, message = "At most 254 characters.")
        @Email(regexp = ".+@.+\\..+", message = "Enter a valid email address.") String email) {
}
