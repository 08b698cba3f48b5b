/**
 * Accounts: registration, sign-in with short-lived JWT access tokens and rotating refresh tokens,
 * roles, the customer's profile and address book ({@link io.aisle.identity.AddressBook}, with the one address
 * check {@link io.aisle.identity.PostalAddresses}), and account deletion. Owns {@code users},
 * {@code customer_addresses}, {@code refresh_tokens}, {@code login_failures} (sign-in throttling) and
 * {@code account_tokens} (single-use links: {@link io.aisle.identity.PasswordResetService} for "forgot password",
 * {@link io.aisle.identity.EmailVerificationService} for proving an address; they publish
 * {@link io.aisle.identity.PasswordResetRequested}, {@link io.aisle.identity.EmailVerificationRequested} and
 * {@link io.aisle.identity.EmailVerified} in the changing transaction). {@link io.aisle.identity.CartReminderSubscribers}
 * tells shopping who opted in to cart reminders. An access token dies with its session (its refresh-token family).
 * {@link io.aisle.identity.HistoricalAccounts} creates the accounts of an imported or simulated history
 * in bulk, without a password. {@link io.aisle.identity.CustomerDirectory} finds customers for the admin.
 * Depends on the platform only; other modules learn of sign-ins and deletions
 * through its events, and may veto a deletion by throwing from {@link io.aisle.identity.AccountDeletionRequested}.
 */
@ApplicationModule(allowedDependencies = "platform")
package io.aisle.identity;

import org.springframework.modulith.ApplicationModule;
