package io.aisle.identity;

import io.aisle.identity.data.AccountTokenRepository.Purpose;
import io.aisle.identity.data.AccountTokenRepository.StoredToken;
import io.aisle.identity.data.RefreshTokenRepository;
import io.aisle.identity.data.UserRepository;
import io.aisle.identity.internal.AccountThrottle;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * "Forgot password": a single-use link by e-mail ({@link PasswordResetRequested}, published in the transaction that
 * stores the token), then a new password through it. A request answers the same whether the address has an account
 * or not, and counts against the address and the client alike ({@link MailRequestThrottle}), so it neither tells who
 * has an account nor floods anyone's inbox. A reset signs the account out everywhere.
 */
@Service
public class PasswordResetService {

    private final UserRepository users;
    private final AccountTokens tokens;
    private final MailRequestThrottle throttle;
    private final AccountThrottle signInThrottle;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final IdentityProperties properties;
    private final TransactionOperations transactions;
    private final Clock clock;

    PasswordResetService(UserRepository users, AccountTokens tokens, MailRequestThrottle throttle,
            AccountThrottle signInThrottle, RefreshTokenRepository refreshTokens, PasswordEncoder passwords,
            ApplicationEventPublisher events, IdentityProperties properties, TransactionOperations transactions,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
        this.signInThrottle = signInThrottle;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.events = events;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Mails a reset link if the address has a live account; does nothing else, and answers nothing, otherwise.
     *
     * @throws TooManyMailRequestsException when this address or client asked too often lately (known or not)
     */
    public void request(String email, String clientAddress) {
        String normalized = AccountService.normalize(email);
        throttle.count("password-reset", normalized, clientAddress);
        transactions.executeWithoutResult(status -> users.findCredentialsByEmail(normalized)
                .map(UserRepository.Credentials::user)
                .ifPresent(user -> {
                    var issued = tokens.issue(user.id(), Purpose.RESET, user.email(), properties.resetTokenTtl());
                    events.publishEvent(new PasswordResetRequested(user.id(), user.email(), user.fullName(),
                            issued.token(), issued.expiresAt()));
                }));
    }

    /**
     * Sets the new password through the link's token, spends the token (and every other open reset link of the
     * account), and ends every session: refresh tokens at once, web sessions at their next request. The password is
     * hashed before the transaction, so no connection waits for a hashing slot.
     *
     * @throws io.aisle.platform.InvalidRequestException naming {@code token} when it is unknown, used or expired,
     *         or {@code newPassword} when it is longer than bcrypt reads
     */
    public void confirm(String token, String newPassword) {
        AccountService.checkPasswordLength("newPassword", newPassword);
        String hash = passwords.encode(newPassword);
        String email = transactions.execute(status -> {
            StoredToken stored = tokens.spend(token, Purpose.RESET);
            Instant now = clock.instant();
            tokens.spendAll(stored.userId(), Purpose.RESET);
            users.updatePasswordHash(stored.userId(), hash, now);
            refreshTokens.revokeAllOfUser(stored.userId(), now);
            users.endSessions(stored.userId(), now);
            return stored.email();
        });
        // the owner proved the inbox: blocks from someone guessing the old password end with it
        signInThrottle.succeeded(TokenService.hash(AccountService.normalize(email)));
    }
}
