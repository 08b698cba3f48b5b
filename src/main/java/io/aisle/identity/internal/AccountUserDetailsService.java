package io.aisle.identity.internal;

import io.aisle.identity.User;
import io.aisle.identity.data.UserRepository;
import io.aisle.platform.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * An account's session principal, for signing a web session in without the form (after registering or
 * changing the password, {@code storefront.account.SessionSignIn}). The form's own password check goes
 * through {@link FormSignInProvider}, which throttles it like the API's sign-in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var credentials = users.findCredentialsByEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                .filter(c -> c.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new SignedInUser(credentials.user(), credentials.passwordHash(), clock.instant());
    }

    /** The session's principal; keeps no more than the id, email and role beyond the password hash. */
    static final class SignedInUser extends org.springframework.security.core.userdetails.User
            implements CurrentUser.Source {

        /** Fixed: sessions stored by one version are read by the next during a rolling deploy. */
        private static final long serialVersionUID = 1L;

        private final CurrentUser current;
        private final String fullName;
        private final Instant signedInAt;

        SignedInUser(User user, String passwordHash, Instant signedInAt) {
            super(user.email(), passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
            this.current = new CurrentUser(user.id(), user.email(), user.role() == io.aisle.identity.Role.ADMIN);
            this.fullName = user.fullName();
            this.signedInAt = signedInAt;
        }

        /** When this web session signed in: it ends when the account's sessions are ended after that. */
        Instant signedInAt() {
            return signedInAt;
        }

        @Override
        public CurrentUser currentUser() {
            return current;
        }

        public String getFullName() {
            return fullName;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
