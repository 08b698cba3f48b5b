package io.aisle.storefront.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a customer in or out of the web session without the sign-in form: right after registering,
 * and after deleting the account. The session gets the same principal a form sign-in makes.
 */
@Component
class SessionSignIn {

    private final UserDetailsService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionSignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = accounts.loadUserByUsername(email);
        if (user instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials(); // the session needs no password hash
        }
        // a new session id, as at a form sign-in, so that a session id planted before is worthless
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Ends the session: signed out, and everything kept in the session gone. */
    void signOut(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = holder.getContext().getAuthentication();
        new SecurityContextLogoutHandler().logout(request, response, current);
    }
}
