package io.aisle.identity;

import io.aisle.identity.data.RefreshTokenRepository;
import io.aisle.identity.data.UserRepository;
import io.aisle.identity.internal.AccountThrottle;
import io.aisle.platform.AuthenticationFailedException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.NotFoundException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/** Registration, credentials, the customer's own profile, and deleting an account. */
@Service
public class AccountService {

    /** BCrypt reads at most 72 bytes; longer passwords would be silently cut, so they are refused. */
    private static final int MAX_PASSWORD_BYTES = 72;
    static final String WRONG_CREDENTIALS = "The email or password is not correct.";

    private final UserRepository users;
    private final AccountThrottle throttle;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionOperations transactions;
    private final AddressBook addressBook;
    private final EmailVerificationService verifications;
    /** Compared against when the email is unknown, so both failures take the same time. */
    private final String dummyHash;

    AccountService(UserRepository users, RefreshTokenRepository refreshTokens, PasswordEncoder passwords,
            ApplicationEventPublisher events, Clock clock, TransactionOperations transactions, AccountThrottle throttle,
            AddressBook addressBook, EmailVerificationService verifications) {
        this.verifications = verifications;
        this.throttle = throttle;
        this.addressBook = addressBook;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        this.dummyHash = passwords.encode("not-a-real-password-" + System.nanoTime());
    }

    public User register(RegistrationForm form) {
        return create(form, Role.CUSTOMER);
    }

    /**
     * Creates an account with the given role; used by registration and by the admin bootstrap. The password
     * is hashed before the transaction starts, so no database connection waits for a hashing slot. A customer's
     * address starts unverified and gets a link ({@link EmailVerificationRequested}) in the creating transaction;
     * the admin's, set by the operator's configuration, counts as verified.
     */
    public User create(RegistrationForm form, Role role) {
        checkPasswordLength("password", form.password());
        String email = normalize(form.email());
        if (users.existsByEmail(email)) {
            throw new EmailTakenException();
        }
        String hash = passwords.encode(form.password());
        return transactions.execute(status -> {
            long id;
            try {
                id = users.insert(email, hash, form.fullName().strip(), role,
                        role == Role.ADMIN ? clock.instant() : null, clock.instant());
            } catch (DuplicateKeyException e) {
                throw new EmailTakenException();
            }
            events.publishEvent(new UserRegistered(id));
            User user = get(id);
            if (!user.verified()) {
                verifications.issue(user);
            }
            return user;
        });
    }

    /**
     * The account for these credentials; unknown email and wrong password fail alike. No transaction, so
     * no database connection is held while the password is hashed. Sign-ins go through {@link SignInService},
     * which throttles them.
     */
    public User authenticate(String email, String password) {
        var credentials = users.findCredentialsByEmail(normalize(email));
        String hash = credentials.map(UserRepository.Credentials::passwordHash).orElse(dummyHash);
        boolean matches = password != null && hash != null && passwords.matches(password, hash);
        if (credentials.isEmpty() || !matches) {
            throw new AuthenticationFailedException(WRONG_CREDENTIALS);
        }
        return credentials.get().user();
    }

    @Transactional(readOnly = true)
    public User get(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("This account does not exist."));
    }

    /** The customers' accounts (admins and deleted accounts left out), newest first: the admin's customer list. */
    @Transactional(readOnly = true)
    public PageResult<User> list(PageQuery page) {
        return PageResult.of(users.findCustomers(page), page, users.countCustomers());
    }

    /** The accounts among the ids, by id; unknown and deleted accounts are left out. */
    @Transactional(readOnly = true)
    public Map<Long, User> findAll(Collection<Long> userIds) {
        return users.findAllById(userIds).stream().collect(Collectors.toMap(User::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<User> findByEmail(String email) {
        return users.findCredentialsByEmail(normalize(email)).map(UserRepository.Credentials::user);
    }

    /**
     * Changes the profile; a new password is checked and hashed before the transaction (no connection held).
     * A shipping address replaces the default address of the customer's {@link AddressBook}.
     */
    public User update(long userId, ProfileUpdate update) {
        PostalAddress address = update.shippingAddress() == null ? null
                : PostalAddresses.normalize(update.shippingAddress(), "shippingAddress.");
        String newHash = null;
        if (update.newPassword() != null) {
            checkPassword(userId, "currentPassword", update.currentPassword());
            checkPasswordLength("newPassword", update.newPassword());
            newHash = passwords.encode(update.newPassword());
        }
        String passwordHash = newHash;
        return transactions.execute(status -> {
            User current = get(userId);
            if (passwordHash != null) {
                users.updatePasswordHash(userId, passwordHash, clock.instant());
                // a changed password signs every device out: API tokens at once, web sessions at their next request
                refreshTokens.revokeAllOfUser(userId, clock.instant());
                users.endSessions(userId, clock.instant());
            }
            users.updateProfile(userId,
                    update.fullName() != null ? update.fullName().strip() : current.fullName(),
                    update.phone() != null ? blankToNull(update.phone()) : current.phone(),
                    clock.instant());
            if (update.cartReminders() != null) {
                users.updateCartReminders(userId, update.cartReminders(), clock.instant());
            }
            if (address != null) {
                addressBook.replaceDefault(userId, address);
            }
            return get(userId);
        });
    }

    /** Sets a new password without the old one: only for the admin bootstrap from configuration. */
    @Transactional
    public void resetPassword(long userId, String newPassword, Role role) {
        checkPasswordLength("password", newPassword);
        users.updatePasswordHash(userId, passwords.encode(newPassword), clock.instant());
        users.updateRole(userId, role, clock.instant());
    }

    /**
     * Deletes the account after checking the password. First, with the account row locked, other modules
     * may veto ({@link AccountDeletionRequested}: ordering refuses while an order is still open); then they
     * delete their personal data in the same transaction ({@link AccountDeleted}); closed orders stay, with
     * the personal data erased; the account's address book goes too. READ COMMITTED plus the lock: a checkout that held the lock first has
     * committed its order by the time the veto looks, so the veto sees it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void delete(long userId, String password) {
        holdOpen(userId);
        checkPassword(userId, "password", password);
        events.publishEvent(new AccountDeletionRequested(userId));
        events.publishEvent(new AccountDeleted(userId));
        addressBook.erase(userId);
        refreshTokens.revokeAllOfUser(userId, clock.instant());
        users.anonymize(userId, clock.instant());
    }

    /**
     * Keeps the account from being deleted until the calling transaction ends (checkout calls it first,
     * so an order and the deletion of its account never pass each other), and answers the account's e-mail
     * address as it is under that lock.
     *
     * @throws NotFoundException when the account is deleted already
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String holdOpen(long userId) {
        return users.lockActive(userId).orElseThrow(() -> new NotFoundException("This account does not exist."));
    }

    /** Checks the account's current password, sent in {@code field}; a wrong or missing one is a 400 naming it. */
    private void checkPassword(long userId, String field, String password) {
        String hash = users.findPasswordHash(userId).orElseThrow(() -> new NotFoundException("This account does not exist."));
        // a held access token must not become a way round sign-in's throttle: the same counter, the same blocks
        String account = TokenService.hash(normalize(get(userId).email()));
        throttle.check(account);
        if (password == null || hash == null || !passwords.matches(password, hash)) {
            throttle.failed(account);
            throw new InvalidRequestException(field, "is not correct");
        }
    }

    static void checkPasswordLength(String field, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidRequestException(field, "must be at most " + MAX_PASSWORD_BYTES + " bytes long");
        }
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
