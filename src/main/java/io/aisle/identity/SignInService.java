package io.aisle.identity;

import io.aisle.identity.internal.AccountThrottle;
import io.aisle.identity.internal.AddressThrottle;
import io.aisle.platform.AuthenticationFailedException;
import org.springframework.stereotype.Service;

/**
 * Checks a password for the API's and the web form's sign-in, throttled per account and per client
 * address. A throttled attempt is refused ({@link TooManyAttemptsException}) before its password is
 * hashed; a failure counts against both; a success clears the account's count (not the address's, or
 * signing in to one's own account between guesses would reset it).
 */
@Service
public class SignInService {

    private final AccountService accounts;
    private final AccountThrottle accountThrottle;
    private final AddressThrottle addressThrottle;

    SignInService(AccountService accounts, AccountThrottle accountThrottle, AddressThrottle addressThrottle) {
        this.accounts = accounts;
        this.accountThrottle = accountThrottle;
        this.addressThrottle = addressThrottle;
    }

    /** The account for these credentials; unknown email and wrong password fail alike, and count alike. */
    public User signIn(String email, String password, String clientAddress) {
        String account = TokenService.hash(AccountService.normalize(email));
        addressThrottle.check(clientAddress);
        accountThrottle.check(account);
        try {
            User user = accounts.authenticate(email, password);
            accountThrottle.succeeded(account);
            return user;
        } catch (AuthenticationFailedException e) {
            addressThrottle.failed(clientAddress);
            accountThrottle.failed(account);
            throw e;
        }
    }
}
