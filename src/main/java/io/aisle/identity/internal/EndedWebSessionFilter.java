package io.aisle.identity.internal;

import io.aisle.identity.data.UserRepository;
import io.aisle.identity.internal.AccountUserDetailsService.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a web session whose account changed its password or was deleted after the session signed in,
 * on whichever instance holds it: the end is written to the shared {@code users} row, and each request of
 * a signed-in web session reads it (one primary-key lookup). Runs after Spring Security has loaded the
 * session's sign-in; guests and API calls (bearer tokens, checked by {@link LiveSessionValidator}) pass untouched.
 */
@Component
class EndedWebSessionFilter extends OncePerRequestFilter {

    static final String SIGN_IN_AGAIN = "/login?ended";

    private final UserRepository users;

    EndedWebSessionFilter(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && hasEnded(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", SIGN_IN_AGAIN);
            } else {
                response.sendRedirect(SIGN_IN_AGAIN);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean hasEnded(SignedInUser user) {
        return users.findSessionsValidAfter(user.currentUser().id())
                .map(validAfter -> user.signedInAt().isBefore(validAfter))
                .orElse(true);
    }
}
