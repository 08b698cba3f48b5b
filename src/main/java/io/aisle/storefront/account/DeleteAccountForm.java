package io.aisle.storefront.account;

import jakarta.validation.constraints.NotBlank;

/** Deleting the account is confirmed with the password. */
public record DeleteAccountForm(@NotBlank(message = "Enter your password to confirm.") String password) {
}
