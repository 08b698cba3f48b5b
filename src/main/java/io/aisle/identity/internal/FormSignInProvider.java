package io.aisle.identity.internal;

import io.aisle.identity.SignInService;
import io.aisle.identity.User;
import io.aisle.identity.internal.AccountUserDetailsService.SignedInUser;
import io.aisle.platform.AuthenticationFailedException;
import io.aisle.platform.RetryLaterException;
import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The web form's sign-in, through the same throttled check as the API's. Being the only
 * {@link AuthenticationProvider} bean, it replaces Spring Security's default password check, so no
 * sign-in can go around the throttle. A throttled attempt fails with the wait as its cause, which the
 * form's failure handler turns into "try again in N s".
 */
@Component
class FormSignInProvider implements AuthenticationProvider {

    private final SignInService signIns;
    private final Clock clock;

    FormSignInProvider(SignInService signIns, Clock clock) {
        this.signIns = signIns;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        try {
            User user = signIns.signIn(attempt.getName(), String.valueOf(attempt.getCredentials()), address);
            SignedInUser principal = new SignedInUser(user, "", clock.instant());
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        } catch (AuthenticationFailedException e) {
            throw new BadCredentialsException("The email or password is not correct.");
        } catch (RetryLaterException e) {
            // an account status failure: Spring Security stops here and tries no other provider
            throw new LockedException("Too many sign-in attempts", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
