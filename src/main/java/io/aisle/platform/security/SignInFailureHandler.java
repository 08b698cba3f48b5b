package io.aisle.platform.security;

import io.aisle.platform.RetryLaterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a failed form sign-in goes: back to the form, which says why. A throttled one (too many failed
 * attempts, or too many sign-ins at once) says how many seconds to wait, so it never looks like an error.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        String target = e.getCause() instanceof RetryLaterException later
                ? "/login?throttled=" + later.retryAfterSeconds()
                : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
