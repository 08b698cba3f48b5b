package io.aisle.identity;

import io.aisle.identity.data.AccountTokenRepository.Purpose;
import io.aisle.identity.data.AccountTokenRepository.StoredToken;
import io.aisle.identity.data.UserRepository;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.NotFoundException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Proves that an account's e-mail address is its owner's: a single-use link ({@link EmailVerificationRequested}) at
 * sign-up and on request, and {@link EmailVerified} when it is followed, in the verifying transaction (ordering then
 * moves the guest orders placed with that address into the account). A token proves the address it was mailed to
 * only while that is still the account's address.
 */
@Service
public class EmailVerificationService {

    private final UserRepository users;
    private final AccountTokens tokens;
    private final MailRequestThrottle throttle;
    private final ApplicationEventPublisher events;
    private final IdentityProperties properties;
    private final TransactionOperations transactions;
    private final Clock clock;

    EmailVerificationService(UserRepository users, AccountTokens tokens, MailRequestThrottle throttle,
            ApplicationEventPublisher events, IdentityProperties properties, TransactionOperations transactions,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
        this.events = events;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Issues a link for the account's current address, in the caller's transaction (registration's). */
    void issue(User user) {
        var issued = tokens.issue(user.id(), Purpose.VERIFY, user.email(), properties.verificationTokenTtl());
        events.publishEvent(new EmailVerificationRequested(user.id(), user.email(), user.fullName(), issued.token(),
                issued.expiresAt()));
    }

    /**
     * Mails a new link to the signed-in customer; older links keep working until they expire.
     *
     * @throws ConflictException when the address is verified already
     * @throws TooManyMailRequestsException when links were asked for too often lately
     */
    public void resend(long userId, String clientAddress) {
        requireUnverified(userId);
        throttle.count("email-verification", Long.toString(userId), clientAddress);
        transactions.executeWithoutResult(status -> issue(requireUnverified(userId)));
    }

    private User requireUnverified(long userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("This account does not exist."));
        if (user.verified()) {
            throw new ConflictException("Already verified", "Your e-mail address is verified already.");
        }
        return user;
    }

    /**
     * Spends the token and marks its address verified. Answers the account's id.
     *
     * @throws InvalidRequestException naming {@code token} when it is unknown, used or expired, or when the account's
     *         address changed since it was sent
     */
    public long verify(String token) {
        return transactions.execute(status -> {
            StoredToken stored = tokens.spend(token, Purpose.VERIFY);
            if (users.markVerified(stored.userId(), stored.email(), clock.instant())) {
                events.publishEvent(new EmailVerified(stored.userId(), stored.email()));
                return stored.userId();
            }
            User user = users.findById(stored.userId()).orElse(null);
            if (user == null || !user.verified() || !user.email().equalsIgnoreCase(stored.email())) {
                throw new InvalidRequestException("token", AccountTokens.INVALID);
            }
            return stored.userId();  // verified through another link meanwhile: nothing more to do
        });
    }
}
